using System.Globalization;
using Generals.Core.Crypto;
using Generals.Harness.Crypto;

namespace Generals.Harness.Provisioning;

/// <summary>`generals keys status`: every signer of nf.keys with its scheme and the signatures its private state has left.</summary>
public static class KeyStatusReport
{
    /// <summary>The rows for the kit of <paramref name="configPath"/>, or null with the problems in <paramref name="errors"/>.</summary>
    public static IReadOnlyList<KeyStatusRow>? Read(string configPath, string secretsRoot, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Core.Config.KitConfig? config = KitConfigFile.Load(configPath, errors);
        if (config == null)
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
        return [.. entries.Select(entry => Row(entry, SecretsLocation.SignerFile(secretsRoot, config.Kit, entry.SignerId)))];
    }

    /// <summary>Signatures left in a store, as the scheme's signer sees them.</summary>
    public static long Remaining(ISignatureScheme scheme, Core.Runtime.IStore store)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ISigner signer = scheme.OpenSigner(store);
        try
        {
            return signer.RemainingSignatures;
        }
        finally
        {
            (signer as IDisposable)?.Dispose();
        }
    }

    /// <summary>A count for people: "unlimited" for stateless schemes.</summary>
    public static string FormatRemaining(long remaining) =>
        remaining == long.MaxValue ? "unlimited" : remaining.ToString(CultureInfo.InvariantCulture);

    // Whether the private state belongs to the listed public key: LMS keeps the root in its top subtree record, an
    // Ed25519 seed gives its public key. Catches a secrets folder from another provisioning run.
    private static bool Matches(SecretFileStore store, byte[] publicKey)
    {
        LmsPublicKey? lms = LmsPublicKey.TryParse(publicKey);
        if (lms != null)
        {
            LmsPrivateKey? key = LmsPrivateKey.TryParse(store.Read(LmsRecords.Key));
            byte[]? top = store.Read(LmsRecords.Subtree(0, 0));
            return key != null && top != null && top.Length == LmsRecords.SubtreeBytes
                && key.Identifier.AsSpan().SequenceEqual(lms.Identifier) && top.AsSpan(0, LmsParameterSet.NodeBytes).SequenceEqual(lms.Root);
        }

        using var signer = new Ed25519Signer(store.Read(Ed25519Scheme.KeyRecord));
        return signer.PublicKey is byte[] derived && derived.AsSpan().SequenceEqual(publicKey);
    }

    private static KeyStatusRow Row(KitKeyEntry entry, string file)
    {
        ISignatureScheme? scheme = SignatureSchemes.For(entry.Scheme, entry.Parameters.Length == 0 ? null : entry.Parameters, out string? why);
        if (scheme == null)
        {
            return new KeyStatusRow(entry.SignerId, entry.Scheme, entry.Parameters, null, why!);
        }

        if (!scheme.IsPublicKey(entry.PublicKey))
        {
            return new KeyStatusRow(entry.SignerId, entry.Scheme, entry.Parameters, null, "public key malformed");
        }

        if (!File.Exists(file))
        {
            return new KeyStatusRow(entry.SignerId, entry.Scheme, entry.Parameters, null, "no private state here");
        }

        SecretFileStore? store = SecretFileStore.Open(file, out string? unreadable);
        if (store == null)
        {
            return new KeyStatusRow(entry.SignerId, entry.Scheme, entry.Parameters, null, unreadable!);
        }

        if (!Matches(store, entry.PublicKey))
        {
            return new KeyStatusRow(entry.SignerId, entry.Scheme, entry.Parameters, null, "private state does not match nf.keys");
        }

        long remaining = Remaining(scheme, store);
        string state = remaining == 0 ? "exhausted or unusable" : "ok";
        return new KeyStatusRow(entry.SignerId, entry.Scheme, entry.Parameters, remaining, state);
    }
}
