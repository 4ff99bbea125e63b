using System.Globalization;
using Generals.Core.Crypto;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Provisioning;

namespace Generals.Bench.Soak;

/// <summary>
/// The one kit every run of the soak shares (`generals run --kit`): a kit folder with four boards and LMS keys, provisioned
/// once, so keys, one-time key marks, incarnations and stores carry over from run to run and across every kill.
/// </summary>
public sealed class SoakKit
{
    /// <summary>The kit's id: its topics are gl/soak/...</summary>
    public const string Id = "soak";

    /// <summary>Generals of the kit and of every run: SM(2) needs n >= m + 2 = 4.</summary>
    public const int Generals = 4;

    private SoakKit(string folder, string lms)
    {
        Folder = folder;
        Lms = lms;
    }

    /// <summary>The kit folder: kit/nf.config and nf.keys, secrets/, data/general-N.</summary>
    public string Folder { get; }

    /// <summary>The LMS parameter set ("H15/W4").</summary>
    public string Lms { get; }

    public string ConfigPath => Path.Combine(Folder, ProvisionedEmuKit.ConfigFolder, "nf.config");

    public string SecretsRoot => Path.Combine(Folder, ProvisionedEmuKit.SecretsFolder);

    public string SecretsKitFolder => SecretsLocation.KitFolder(SecretsRoot, Id);

    public string DataRoot => Path.Combine(Folder, ProvisionedEmuKit.DataFolder);

    /// <summary>One-time keys per signer (2^h).</summary>
    public int KeysPerSigner => 1 << int.Parse(Lms.AsSpan(1, Lms.IndexOf('/', StringComparison.Ordinal) - 1), CultureInfo.InvariantCulture);

    /// <summary>Writes nf.config and provisions every key, MAC key and broker password (seconds for H10, minutes for H15).</summary>
    public static SoakKit Create(string folder, string lms)
    {
        var kit = new SoakKit(folder, lms);
        Directory.CreateDirectory(Path.GetDirectoryName(kit.ConfigPath)!);
        string boards = string.Concat(Enumerable.Range(1, Generals).Select(id => $"[board {id}]\npower = none\n"));
        File.WriteAllText(kit.ConfigPath, $"# The soak's kit (bench/Generals.Bench/Soak).\n[kit]\nid = {Id}\nbroker = mqtt://127.0.0.1:1883\nscheme = lms\nlms = {lms}\n"
            + "target = ESP32_REV3\nfirmware = 1.17.0\nwifi = emulated\n" + boards);
        ProvisionResult result = new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);
        if (!result.Ok)
        {
            throw new InvalidOperationException("provisioning the soak's kit failed: " + string.Join("; ", result.Messages));
        }

        return kit;
    }

    /// <summary>Signer <paramref name="id"/>'s private key file (0: the harness).</summary>
    public string SignerFile(int id) => SecretsLocation.SignerFile(SecretsRoot, Id, id);

    /// <summary>General <paramref name="id"/>'s MAC key file (0: the harness's copy of every telemetry key).</summary>
    public string MacFile(int id) => SecretsLocation.MacKeyFile(SecretsRoot, Id, id);

    /// <summary>General <paramref name="id"/>'s store folder (one .rec file per record).</summary>
    public string StoreFolder(int id) => Path.Combine(DataRoot, "general-" + id.ToString(CultureInfo.InvariantCulture), "store");

    /// <summary>The kit's broker passwords (harness and generals).</summary>
    public KitCredentials Credentials() =>
        KitCredentials.Load(SecretsKitFolder, Enumerable.Range(1, Generals)) ?? throw new InvalidOperationException($"{SecretsKitFolder}: no broker passwords");

    /// <summary>The reservation mark of signer <paramref name="id"/> (every index below it is used or reserved), or -1 when it reads as damaged.</summary>
    public int Mark(int id)
    {
        using SecretFileStore? store = SecretFileStore.OpenSnapshot(SignerFile(id), out _);
        return store == null ? -1 : LmsMark.Read(store).Value;
    }
}
