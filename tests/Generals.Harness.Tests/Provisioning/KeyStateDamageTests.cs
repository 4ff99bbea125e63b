using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Harness.Crypto;
using Generals.Harness.Provisioning;

namespace Generals.Harness.Tests.Provisioning;

/// <summary>
/// A signer's key file with a flipped bit: `keys status` says which record is damaged and what it means, and a
/// signer opened on it refuses with a typed error or resumes above the mark; no one-time index is used twice.
/// </summary>
public class KeyStateDamageTests
{
    private const string Ed25519Kit =
        "[kit]\nid = lab-t\nbroker = mqtt://127.0.0.1:1883\nscheme = ed25519\ntarget = ESP32_REV3\nfirmware = 1.12.0.53\nwifi = net\n[board 1]\n";

    [Fact]
    public void KeysStatus_OneMarkCopyDamaged_NamesTheCopyAndIsNotOk()
    {
        using var kit = Provisioned();
        FlipInRecord(kit.SignerFile(1), LmsRecords.Mark, 2, 6);

        KeyStatusRow row = Status(kit)[1];

        Assert.False(row.Ok);
        Assert.Equal("mark copy lms.mark damaged: the other (lms.mark2) is used, and the next reservation rewrites both", row.State);
        Assert.Equal(32, row.Remaining);
    }

    [Fact]
    public void KeysStatus_BothMarkCopiesDamaged_SaysItWillNotSign()
    {
        using var kit = Provisioned();
        FlipInRecord(kit.SignerFile(1), LmsRecords.Mark, 2, 6);
        FlipInRecord(kit.SignerFile(1), LmsRecords.MarkCopy, 1, 0);

        KeyStatusRow row = Status(kit)[1];

        Assert.False(row.Ok);
        Assert.Equal("damaged: both copies of the reservation mark (lms.mark, lms.mark2) fail their checksum; it will not sign", row.State);
        Assert.Null(row.Remaining);
    }

    [Fact]
    public void KeysStatus_DamagedTreeByte_NamesTheRecordAndIsNotOk()
    {
        using var kit = Provisioned();
        FlipInRecord(kit.SignerFile(2), LmsRecords.Subtree(0, 0), 1500, 3);

        IReadOnlyList<KeyStatusRow> rows = Status(kit);

        Assert.Equal("damaged: tree record lms.t0.0 fails its checksum; it will not sign", rows[2].State);
        Assert.False(rows[2].Ok);
        Assert.True(rows[1].Ok);
    }

    [Fact]
    public void KeysStatus_DamagedKeyFormatByte_NamesTheRecordAndIsNotOk()
    {
        using var kit = Provisioned();
        FlipInRecord(kit.SignerFile(3), LmsRecords.Key, 1, 1);

        KeyStatusRow row = Status(kit)[3];

        Assert.Equal("damaged: key record lms.key fails its checksum; it will not sign", row.State);
        Assert.False(row.Ok);
    }

    [Fact]
    public void KeysStatus_DamagedEd25519Key_NamesTheRecordAndIsNotOk()
    {
        using var kit = new TempKit(Ed25519Kit);
        Assert.True(new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false).Ok);
        FlipInRecord(kit.SignerFile(1), Ed25519Scheme.KeyRecord, 10, 2);

        IReadOnlyList<KeyStatusRow> rows = Status(kit);

        Assert.True(rows[0].Ok);
        Assert.Equal("damaged: key record ed25519.key fails its checksum; it will not sign", rows[1].State);
        using HeldSigner signer = KitKeys.OpenSigner(kit.ConfigPath, kit.SecretsRoot, 1, [])!;
        Assert.Null(signer.Sign([1]));
        Assert.Equal(SignError.KeyDamaged, signer.LastError);
    }

    [Fact]
    public void SignerFile_EveryByteFlipped_RefusedOrResumedAboveTheMarkNeverReused()
    {
        using var kit = Provisioned();
        var errors = new List<string>();
        IVerifier verifier = KitKeys.LoadVerifier(kit.ConfigPath, errors)!;
        using (HeldSigner signer = KitKeys.OpenSigner(kit.ConfigPath, kit.SecretsRoot, 1, errors)!)
        {
            Assert.NotNull(signer.Sign([0]));
        }

        byte[] original = File.ReadAllBytes(kit.SignerFile(1));
        int refused = 0;
        for (int at = 0; at < original.Length; at++)
        {
            byte[] damaged = (byte[])original.Clone();
            damaged[at] ^= (byte)(1 << (at % 8));
            File.WriteAllBytes(kit.SignerFile(1), damaged);

            using HeldSigner? signer = KitKeys.OpenSigner(kit.ConfigPath, kit.SecretsRoot, 1, errors);
            byte[]? signature = signer?.Sign([1, 2, 3]);

            if (signature == null)
            {
                refused++;
                Assert.True(signer == null || signer.LastError is SignError.KeyDamaged or SignError.TreeDamaged or SignError.MarkDamaged
                    or SignError.NoKey or SignError.ReservationFailed, $"byte {at}: {signer?.LastError}");
                continue;
            }

            Assert.Equal(SignatureCheck.Valid, verifier.Verify(1, [1, 2, 3], signature));
            int q = (signature[0] << 24) | (signature[1] << 16) | (signature[2] << 8) | signature[3];
            Assert.True(q >= LmsSigner.ReservationBlock, $"byte {at}: index {q} reused");
        }

        Assert.True(refused > original.Length / 2, $"only {refused} of {original.Length} flips refused");
    }

    internal static void FlipInRecord(string file, string record, int offset, int bit)
    {
        using SecretFileStore store = SecretFileStore.Open(file, out string? why) ?? throw new InvalidOperationException(why);
        byte[] bytes = store.Read(record);
        bytes[offset] ^= (byte)(1 << bit);
        store.Write(record, bytes);
        store.Flush();
    }

    private static TempKit Provisioned()
    {
        var kit = new TempKit();
        Assert.True(new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false).Ok);
        return kit;
    }

    private static IReadOnlyList<KeyStatusRow> Status(TempKit kit)
    {
        var errors = new List<string>();
        IReadOnlyList<KeyStatusRow> rows = KeyStatusReport.Read(kit.ConfigPath, kit.SecretsRoot, errors)!;
        Assert.Empty(errors);
        return rows;
    }
}
