using System.Text;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Firmware.Boot;
using Generals.Firmware.Storage;
using Generals.Firmware.Tests.Storage;

namespace Generals.Firmware.Tests;

/// <summary>A two-board kit provisioned into a board's file system the way `generals flash` will (firmware/README.md).</summary>
internal static class TestKit
{
    public const string Config = """
        [kit]
        id = lab
        broker = mqtt://broker.lab:1883
        scheme = lms
        lms = H5/W4
        target = ESP32_REV3
        firmware = 1.12.0.53
        wifi = generals-lab
        [board 1]
        power = none
        [board 2]
        power = none
        """;

    public const string Secrets = """
        # board 1
        id = 1
        wifi-password = wifi-secret
        broker-password = broker-secret
        link = reliable,authenticated
        """;

    public static readonly byte[] TelemetryKey = [.. Enumerable.Range(0, FrameMac.KeyBytes).Select(i => (byte)(i + 1))];

    /// <summary>Writes nf.config, board.ini, nf.keys, the MAC keys and board 1's signing key into <paramref name="files"/>.</summary>
    public static MemoryFileSystem Provision(MemoryFileSystem files)
    {
        LmsScheme.TryParseParameters("H5/W4", out LmsParameterSet parameters, out LmOtsParameterSet ots);
        var scheme = new LmsScheme(parameters, ots, Sha256.Create);
        var keys = new StringBuilder("# nf.keys\n");
        foreach (int signer in new[] { 0, 1, 2 })
        {
            IStore store = signer == 1 ? new FlashStore(files, BoardFiles.SignerFolder) : new FlashStore(new MemoryFileSystem(), "I:\\x");
            byte[] publicKey = scheme.GenerateKey([.. Enumerable.Range(0, scheme.EntropyBytes).Select(i => (byte)(i + signer))], store);
            store.Flush();
            keys.Append(signer).Append(" lms H5/W4 ").Append(Hex.Encode(publicKey)).Append('\n');
        }

        files.WriteAll(BoardFiles.Config, Encoding.UTF8.GetBytes(Config));
        files.WriteAll(BoardFiles.Secrets, Encoding.UTF8.GetBytes(Secrets));
        files.WriteAll(BoardFiles.PublicKeys, Encoding.UTF8.GetBytes(keys.ToString()));
        var macs = new FlashStore(files, BoardFiles.MacFolder);
        macs.Write("telemetry", SealedRecord.Seal("telemetry", TelemetryKey));
        macs.Write("link/2", SealedRecord.Seal("link/2", new byte[FrameMac.KeyBytes]));
        macs.Flush();
        files.Operations.Clear();
        return files;
    }

    /// <summary>A General with ideal signatures and no link authentication, for runtime tests.</summary>
    public static General General(int id, int[] peers) =>
        new(new NodeSettings
        {
            Kit = "lab", Id = id, Peers = peers, Signer = new IdealSignatures(1).SignerFor(id), Verifier = new IdealSignatures(1),
            TelemetryKey = TelemetryKey, Seed = 1,
        }, StandardModules.Create());
}
