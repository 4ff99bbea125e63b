using System.Globalization;
using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Harness.Crypto;
using Generals.Host.Node;

namespace Generals.Harness.Provisioning;

/// <summary>
/// `generals keys status`: every signer of nf.keys with its scheme, the signatures its private state has left, and
/// whether that state is sound: every record's seal, both copies of an LMS mark, and the whole LMS tree recomputed
/// (interior nodes against their children, the root against nf.keys, leaves from the seed up to H10).
/// A key held by a running process is read as a snapshot and its holder named; nothing is ever written.
/// </summary>
public static class KeyStatusReport
{
    /// <summary>The tallest tree whose leaves are recomputed from the seed (H10/W4: about a million hashes, a second or two).</summary>
    public const int LeafCheckHeightMax = 10;

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
    public static long Remaining(ISignatureScheme scheme, IStore store)
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

        // Only to learn who holds the key: released at once, so a general starting now is not refused because of us.
        FileLock.TryAcquire(SecretFileStore.LockPathOf(file), out string? holder)?.Dispose();

        SecretFileStore? store = SecretFileStore.OpenSnapshot(file, out string? unreadable);
        KeyStatusRow row = store == null
            ? new KeyStatusRow(entry.SignerId, entry.Scheme, entry.Parameters, null, $"damaged: {unreadable}")
            : scheme is LmsScheme ? Lms(entry, store) : Ed25519(entry, store);
        return row with { Holder = holder };
    }

    private static KeyStatusRow Lms(KitKeyEntry entry, SecretFileStore store)
    {
        LmsPublicKey expected = LmsPublicKey.TryParse(entry.PublicKey);
        bool leaves = expected.Parameters.Height <= LeafCheckHeightMax;
        LmsKeyReport report = new LmsKeyCheck(SignatureSchemes.HostSha256).Run(store, expected, leaves);
        string? state = report.Problem switch
        {
            LmsKeyProblem.None => null,
            LmsKeyProblem.KeyMissing => $"damaged: no key record ({report.Record}); it will not sign",
            LmsKeyProblem.KeyDamaged => $"damaged: key record {report.Record} fails its checksum; it will not sign",
            LmsKeyProblem.WrongKey or LmsKeyProblem.RootMismatch => "private state does not match nf.keys",
            LmsKeyProblem.SubtreeMissing => $"damaged: tree record {report.Record} is missing; it will not sign",
            LmsKeyProblem.SubtreeDamaged => $"damaged: tree record {report.Record} fails its checksum; it will not sign",
            LmsKeyProblem.TreeInconsistent => $"damaged: tree record {report.Record} does not hash to its parent; its signatures would not verify",
            LmsKeyProblem.LeafMismatch => $"damaged: a leaf of {report.Record} is not the one the seed gives; its signatures would not verify",
            LmsKeyProblem.MarkMissing => "no reservation mark; it will not sign",
            _ => $"damaged: both copies of the reservation mark ({LmsRecords.Mark}, {LmsRecords.MarkCopy}) fail their checksum; it will not sign",
        };
        if (state != null)
        {
            return new KeyStatusRow(entry.SignerId, entry.Scheme, entry.Parameters, null, state);
        }

        LmsMark mark = report.Mark;
        if (mark.AnyDamaged)
        {
            string damaged = mark.FirstState == RecordState.Valid ? LmsRecords.MarkCopy : LmsRecords.Mark;
            string used = damaged == LmsRecords.Mark ? LmsRecords.MarkCopy : LmsRecords.Mark;
            return new KeyStatusRow(entry.SignerId, entry.Scheme, entry.Parameters, report.Remaining,
                $"mark copy {damaged} damaged: the other ({used}) is used, and the next reservation rewrites both");
        }

        long remaining = report.Remaining;
        string summary = leaves ? "ok" : $"ok (leaves are recomputed from the seed only up to H{LeafCheckHeightMax})";
        return new KeyStatusRow(entry.SignerId, entry.Scheme, entry.Parameters, remaining, remaining == 0 ? "exhausted" : summary)
        {
            Ok = remaining > 0,
        };
    }

    private static KeyStatusRow Ed25519(KitKeyEntry entry, SecretFileStore store)
    {
        RecordState state = SealedRecord.Read(store, Ed25519Scheme.KeyRecord, out byte[] payload);
        using var signer = new Ed25519Signer(state, payload);
        string problem = state switch
        {
            RecordState.Missing => $"damaged: no key record ({Ed25519Scheme.KeyRecord}); it will not sign",
            RecordState.Valid when signer.Failure != SignError.None => $"damaged: key record {Ed25519Scheme.KeyRecord} is malformed; it will not sign",
            RecordState.Valid when !(signer.PublicKey is byte[] derived && derived.AsSpan().SequenceEqual(entry.PublicKey)) =>
                "private state does not match nf.keys",
            RecordState.Valid => "",
            _ => $"damaged: key record {Ed25519Scheme.KeyRecord} fails its checksum; it will not sign",
        };
        return problem.Length > 0
            ? new KeyStatusRow(entry.SignerId, entry.Scheme, entry.Parameters, null, problem)
            : new KeyStatusRow(entry.SignerId, entry.Scheme, entry.Parameters, long.MaxValue, "ok") { Ok = true };
    }
}
