using System.Globalization;
using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Harness.Crypto;

namespace Generals.Harness.Provisioning;

/// <summary>
/// The kit's symmetric MAC keys in the secrets folder (docs/signatures.md): each general's `mac-{id}.key`, a
/// <see cref="SecretFileStore"/> whose record `telemetry` is its telemetry key, and the harness's `mac-0.key`, which
/// holds each general's as `telemetry/{id}`. Per-pair link keys are meant to join them as `link/{peer}`.
/// </summary>
public static class MacKeyFile
{
    /// <summary>The record of a general's own telemetry key.</summary>
    public const string TelemetryRecord = "telemetry";

    /// <summary>The harness's record of general <paramref name="id"/>'s telemetry key.</summary>
    public static string HarnessRecord(int id) => TelemetryRecord + "/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Draws a fresh telemetry key per general from <paramref name="entropy"/> and writes every general's file and the harness's.</summary>
    public static void Write(string secretsRoot, string kit, IEnumerable<int> generals, Func<int, byte[]> entropy)
    {
        ArgumentNullException.ThrowIfNull(entropy);
        using SecretFileStore harness = Fresh(SecretsLocation.MacKeyFile(secretsRoot, kit, 0));
        foreach (int id in generals)
        {
            byte[] key = entropy(FrameMac.KeyBytes);
            using (SecretFileStore general = Fresh(SecretsLocation.MacKeyFile(secretsRoot, kit, id)))
            {
                general.Write(TelemetryRecord, SealedRecord.Seal(TelemetryRecord, key));
                general.Flush();
            }

            harness.Write(HarnessRecord(id), SealedRecord.Seal(HarnessRecord(id), key));
        }

        harness.Flush();
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
                ? $"{store.Path}: record '{record}' is not a {FrameMac.KeyBytes}-byte telemetry key"
                : $"{store.Path}: record '{record}' is {state.ToString().ToLowerInvariant()} (its checksum fails); run `generals provision --force`");
            return null;
        }

        return key;
    }
}
