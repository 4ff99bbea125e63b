using Generals.Core.Config;
using Generals.Core.Crypto;
using Generals.Harness.Crypto;

namespace Generals.Harness.Provisioning;

/// <summary>
/// A provisioned kit's keys for the code that signs and verifies: the verifier of every public key in nf.keys, the
/// signer of one signer id over its private state file, locked (the harness is 0; an emulated General opens its own),
/// and the telemetry keys (a General's own; the harness's copy of all).
/// </summary>
public static class KitKeys
{
    /// <summary>The kit's verifier, or null with the problems in <paramref name="errors"/>.</summary>
    public static IVerifier? LoadVerifier(string configPath, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        (KitConfig? config, ISignatureScheme? scheme) = Scheme(configPath, errors);
        if (config == null || scheme == null)
        {
            return null;
        }

        string keyFile = KitKeyFile.PathFor(configPath);
        if (!File.Exists(keyFile))
        {
            errors.Add($"{keyFile}: no such file; run `generals provision` first");
            return null;
        }

        var keyErrors = new List<string>();
        IReadOnlyList<KitKeyEntry> entries = KitKeyFile.Parse(File.ReadAllText(keyFile), keyErrors);
        errors.AddRange(keyErrors.Select(e => $"{keyFile}: {e}"));
        errors.AddRange(entries
            .Where(e => e.Scheme != scheme.Name || !scheme.IsPublicKey(e.PublicKey))
            .Select(e => $"{keyFile}: signer {e.SignerId} has no valid {scheme.Name} public key"));
        return errors.Count > 0 ? null : scheme.CreateVerifier(KitKeyFile.ToKeySet(entries));
    }

    /// <summary>
    /// The signer of <paramref name="signerId"/> over its private state file, holding the file's lock until disposed, or
    /// null with the problems in <paramref name="errors"/> (among them: another process holds the key, naming it).
    /// </summary>
    public static HeldSigner? OpenSigner(string configPath, string secretsRoot, int signerId, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        (KitConfig? config, ISignatureScheme? scheme) = Scheme(configPath, errors);
        if (config == null || scheme == null)
        {
            return null;
        }

        string file = SecretsLocation.SignerFile(secretsRoot, config.Kit, signerId);
        if (!File.Exists(file))
        {
            errors.Add($"{file}: no such file; signer {signerId} has no private key (run `generals provision`)");
            return null;
        }

        SecretFileStore? store = SecretFileStore.Open(file, out string? why);
        if (store == null)
        {
            errors.Add(why!);
            return null;
        }

        return new HeldSigner(scheme.OpenSigner(store), store);
    }

    /// <summary>General <paramref name="id"/>'s telemetry key, or null with the problems in <paramref name="errors"/>.</summary>
    public static byte[]? OpenTelemetryKey(string configPath, string secretsRoot, int id, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        KitConfig? config = KitConfigFile.Load(configPath, errors);
        return config == null ? null : MacKeyFile.ReadGeneral(secretsRoot, config.Kit, id, errors);
    }

    /// <summary>The keys general <paramref name="id"/> shares with every other board of the kit, or null with the problems in <paramref name="errors"/>.</summary>
    public static LinkKeys? OpenLinkKeys(string configPath, string secretsRoot, int id, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        KitConfig? config = KitConfigFile.Load(configPath, errors);
        return config == null ? null : MacKeyFile.ReadLinks(secretsRoot, config.Kit, id, config.Boards.Select(b => b.Id).Where(b => b != id), errors);
    }

    /// <summary>The harness's copy of every board's telemetry key, or null with the problems in <paramref name="errors"/>.</summary>
    public static TelemetryKeyRing? LoadTelemetryKeys(string configPath, string secretsRoot, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        KitConfig? config = KitConfigFile.Load(configPath, errors);
        return config == null ? null : MacKeyFile.ReadHarness(secretsRoot, config.Kit, config.Boards.Select(b => b.Id), errors);
    }

    private static (KitConfig?, ISignatureScheme?) Scheme(string configPath, List<string> errors)
    {
        KitConfig? config = KitConfigFile.Load(configPath, errors);
        if (config == null)
        {
            return (null, null);
        }

        ISignatureScheme? scheme = SignatureSchemes.For(config, out string? why);
        if (scheme == null)
        {
            errors.Add(why!);
        }

        return (config, scheme);
    }
}
