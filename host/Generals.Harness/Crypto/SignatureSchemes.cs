using Generals.Core.Config;
using Generals.Core.Crypto;
using Generals.Harness.Plan;

namespace Generals.Harness.Crypto;

/// <summary>The host's signature schemes by nf.config name: `lms` (Core, over the host's SHA-256) and `ed25519` (NSec).</summary>
public static class SignatureSchemes
{
    /// <summary>
    /// The SHA-256 the host gives Core's LMS: the portable one, the same code the boards run. LMS hashes 55-byte inputs,
    /// where calling into System.Security.Cryptography (<see cref="SystemSha256"/>) costs more than it saves: H10/W4 key
    /// generation and verification measured no faster through it. Tests check the two give the same digests.
    /// </summary>
    public static Sha256Factory HostSha256 { get; } = Sha256.Create;

    /// <summary>
    /// The scheme named <paramref name="name"/> with LMS parameters <paramref name="lmsParameters"/> ("H10/W4"), or null with
    /// a reason for a scheme that has no keys to provision (`ideal`) or an unknown name.
    /// </summary>
    public static ISignatureScheme? For(string name, string? lmsParameters, out string? why)
    {
        why = null;
        if (!PlanNames.TryParse(name, out SignatureChoice choice))
        {
            why = $"unknown signature scheme '{name}'";
            return null;
        }

        switch (choice)
        {
            case SignatureChoice.Lms:
                if (!LmsScheme.TryParseParameters(lmsParameters ?? NfConfigParser.DefaultLms, out LmsParameterSet parameters, out LmOtsParameterSet ots))
                {
                    why = $"unknown LMS parameters '{lmsParameters}'";
                    return null;
                }

                return new LmsScheme(parameters, ots, HostSha256);
            case SignatureChoice.Ed25519:
                return new Ed25519Scheme();
            default:
                why = "scheme ideal is for the simulator only: its keys derive from the run's seed, so there is nothing to provision";
                return null;
        }
    }

    /// <summary>The scheme of a kit's configuration.</summary>
    public static ISignatureScheme? For(KitConfig config, out string? why)
    {
        ArgumentNullException.ThrowIfNull(config);
        return For(config.Scheme, config.LmsParameters, out why);
    }
}
