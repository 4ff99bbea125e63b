using System.Globalization;
using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Harness.Crypto;

namespace Generals.Harness.Provisioning;

/// <summary>
/// The kit's symmetric MAC keys in the secrets folder (docs/signatures.md): each general's `mac-{id}.key`, a
/// <see cref="SecretFileStore"/> whose record `telemetry` is its telemetry key and whose records `link/{peer}` are the keys
/// it shares with each peer (the same key in both generals' files), and the harness's `mac-0.key`, which holds each
/// general's telemetry key as `telemetry/{id}` (the harness needs no link key: it never checks a link).
/// </summary>
public static class MacKeyFile
{
    /// <summary>The record of a general's own telemetry key.</summary>
    public const string TelemetryRecord = "telemetry";

    /// <summary>The harness's record of general <paramref name="id"/>'s telemetry key.</summary>
    public static string HarnessRecord(int id) => TelemetryRecord + "/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The record of the link key a general shares with <paramref name="peer"/>.</summary>
    public static string LinkRecord(int peer) => "link/" + peer.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Draws a fresh telemetry key per general and a fresh link key per pair of generals from <paramref name="entropy"/>, and
    /// writes every general's file and the harness's.
    /// </summary>
    public static void Write(string secretsRoot, string kit, IEnumerable<int> generals, Func<int, byte[]> entropy)
    {
        ArgumentNullException.ThrowIfNull(entropy);
        int[] ids = [.. generals];
        var pairKeys = new Dictionary<(int, int), byte[]>();
        foreach (int a in ids)
        {
            foreach (int b in ids.Where(b => b > a))
            {
                pairKeys[(a, b)] = entropy(FrameMac.KeyBytes);
            }
        }

        using SecretFileStore harness = Fresh(SecretsLocation.MacKeyFile(secretsRoot, kit, 0));
        foreach (int id in ids)
        {
            byte[] key = entropy(FrameMac.KeyBytes);
            using (SecretFileStore general = Fresh(SecretsLocation.MacKeyFile(secretsRoot, kit, id)))
            {
                general.Write(TelemetryRecord, SealedRecord.Seal(TelemetryRecord, key));
                foreach (int peer in ids.Where(p => p != id))
                {
                    general.Write(LinkRecord(peer), SealedRecord.Seal(LinkRecord(peer), pairKeys[(Math.Min(id, peer), Math.Max(id, peer))]));
                }

                general.Flush();
            }

            harness.Write(HarnessRecord(id), SealedRecord.Seal(HarnessRecord(id), key));
        }

        harness.Flush();
    }

    /// <summary>
    /// The keys general <paramref name="id"/> shares with each of <paramref name="peers"/>, from its own file, or null with
    /// the problems in <paramref name="errors"/>.
    /// </summary>
    public static LinkKeys? ReadLinks(string secretsRoot, string kit, int id, IEnumerable<int> peers, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        SecretFileStore? store = Open(SecretsLocation.MacKeyFile(secretsRoot, kit, id), errors);
        if (store == null)
        {
            return null;
        }

        var keys = new LinkKeys();
        int before = errors.Count;
        foreach (int peer in peers)
        {
            byte[]? key = Key(store, LinkRecord(peer), errors);
            if (key != null)
            {
                keys.Set(peer, key);
            }
        }

        return errors.Count == before ? keys : null;
    }

    /// <summary>General <paramref name="id"/>'s telemetry key from its own file, or null with the problem in <paramref name="errors"/>.</summary>
    public static byte[]? ReadGeneral(string secretsRoot, string kit, int id, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        SecretFileStore? store = Open(SecretsLocation.MacKeyFile(secretsRoot, kit, id), errors);
        return store == null ? null : Key(store, TelemetryRecord, errors);
    }

    /// <summary>The harness's copy of the telemetry keys of <paramref name="generals"/>, or null with the problems in <paramref name="errors"/>.</summary>
    public static TelemetryKeyRing? ReadHarness(string secretsRoot, string kit, IEnumerable<int> generals, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        SecretFileStore? store = Open(SecretsLocation.MacKeyFile(secretsRoot, kit, 0), errors);
        if (store == null)
        {
            return null;
        }

        var keys = new Dictionary<int, byte[]>();
        foreach (int id in generals)
        {
            byte[]? key = Key(store, HarnessRecord(id), errors);
            if (key != null)
            {
                keys[id] = key;
            }
        }

        return errors.Count == 0 ? new TelemetryKeyRing(keys) : null;
    }

    // A telemetry key is not stateful (no index to reuse), so it is replaced whole under the file's lock and read as a
    // snapshot: a general and the harness may read it at the same time.
    private static SecretFileStore Fresh(string path) =>
        SecretFileStore.Create(path, out string? busy) ?? throw new IOException(busy);

    private static SecretFileStore? Open(string path, List<string> errors)
    {
        if (!File.Exists(path))
        {
            errors.Add($"{path}: no such file; there is no telemetry key (run `generals provision`, with --force for a kit provisioned before telemetry keys)");
            return null;
        }

        SecretFileStore? store = SecretFileStore.OpenSnapshot(path, out string? why);
        if (store == null)
        {
            errors.Add(why!);
        }

        return store;
    }

    private static byte[]? Key(SecretFileStore store, string record, List<string> errors)
    {
        RecordState state = SealedRecord.Read(store, record, out byte[] key);
        if (state != RecordState.Valid || key.Length != FrameMac.KeyBytes)
        {
            errors.Add(state == RecordState.Valid || state == RecordState.Missing
                ? $"{store.Path}: record '{record}' is not a {FrameMac.KeyBytes}-byte key (run `generals provision --force` for a kit provisioned before link keys)"
                : $"{store.Path}: record '{record}' is {state.ToString().ToLowerInvariant()} (its checksum fails); run `generals provision --force`");
            return null;
        }

        return key;
    }
}
