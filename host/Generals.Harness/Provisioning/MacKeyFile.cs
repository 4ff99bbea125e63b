using System.Globalization;
using Generals.Core.Crypto;
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
        SecretFileStore harness = Fresh(SecretsLocation.MacKeyFile(secretsRoot, kit, 0));
        foreach (int id in generals)
        {
            byte[] key = entropy(FrameMac.KeyBytes);
            SecretFileStore general = Fresh(SecretsLocation.MacKeyFile(secretsRoot, kit, id));
            general.Write(TelemetryRecord, key);
            general.Flush();
            harness.Write(HarnessRecord(id), key);
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

    private static SecretFileStore Fresh(string path)
    {
        File.Delete(path);
        return SecretFileStore.Open(path, out _)!;
    }

    private static SecretFileStore? Open(string path, List<string> errors)
    {
        if (!File.Exists(path))
        {
            errors.Add($"{path}: no such file; there is no telemetry key (run `generals provision`, with --force for a kit provisioned before telemetry keys)");
            return null;
        }

        SecretFileStore? store = SecretFileStore.Open(path, out string? why);
        if (store == null)
        {
            errors.Add(why!);
        }

        return store;
    }

    private static byte[]? Key(SecretFileStore store, string record, List<string> errors)
    {
        byte[]? key = store.Read(record);
        if (key == null || key.Length != FrameMac.KeyBytes)
        {
            errors.Add($"{store.Path}: record '{record}' is not a {FrameMac.KeyBytes}-byte telemetry key");
            return null;
        }

        return key;
    }
}
