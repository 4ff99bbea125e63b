using Generals.Core.Crypto;
using Generals.Harness.Crypto;
using Generals.Harness.Provisioning;

namespace Generals.Harness.Tests.Provisioning;

public class ProvisionerTests
{
    [Fact]
    public void Provision_FourBoardKit_WritesKeyFileAndOnePrivateFilePerSigner()
    {
        using var kit = new TempKit();

        ProvisionResult result = new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);

        Assert.True(result.Ok, string.Join("\n", result.Messages));
        Assert.Equal([0, 1, 2, 3, 4], result.Keys.Select(k => k.SignerId));
        Assert.All(Enumerable.Range(0, 5), id => Assert.True(File.Exists(kit.SignerFile(id))));
        var errors = new List<string>();
        IReadOnlyList<KitKeyEntry> entries = KitKeyFile.Parse(File.ReadAllText(kit.KeyFile), errors);
        Assert.Empty(errors);
        Assert.Equal(result.Keys.Select(k => Convert.ToHexString(k.PublicKey)), entries.Select(e => Convert.ToHexString(e.PublicKey)));
        Assert.All(entries, e => Assert.Equal(("lms", "H5/W4"), (e.Scheme, e.Parameters)));
    }

    [Fact]
    public void Provision_Keys_SignAsTheirBoardAndNoOther()
    {
        using var kit = new TempKit();
        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);
        var errors = new List<string>();
        PublicKeySet keys = KitKeyFile.ToKeySet(KitKeyFile.Parse(File.ReadAllText(kit.KeyFile), errors));
        ISignatureScheme scheme = SignatureSchemes.For("lms", "H5/W4", out _)!;
        IVerifier verifier = scheme.CreateVerifier(keys);
        using SecretFileStore store = SecretFileStore.Open(kit.SignerFile(2), out _)!;
        ISigner board2 = scheme.OpenSigner(store);

        byte[] signature = board2.Sign([7, 7]);

        Assert.Equal(SignatureCheck.Valid, verifier.Verify(2, [7, 7], signature));
        Assert.Equal(SignatureCheck.Invalid, verifier.Verify(3, [7, 7], signature));
        Assert.Equal(SignatureCheck.Invalid, verifier.Verify(0, [7, 7], signature));
    }

    [Fact]
    public void Provision_Again_RefusesWithoutForceAndChangesNothing()
    {
        using var kit = new TempKit();
        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);
        string keysBefore = File.ReadAllText(kit.KeyFile);
        byte[] secretBefore = File.ReadAllBytes(kit.SignerFile(1));

        ProvisionResult again = new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);

        Assert.False(again.Ok);
        Assert.Contains(again.Messages, m => m.Contains("--force", StringComparison.Ordinal));
        Assert.Contains(again.Messages, m => m.Contains(kit.SignerFile(1), StringComparison.Ordinal));
        Assert.Equal(keysBefore, File.ReadAllText(kit.KeyFile));
        Assert.Equal(secretBefore, File.ReadAllBytes(kit.SignerFile(1)));
    }

    [Fact]
    public void Provision_OnlyOnePrivateFileLeft_StillRefusesWithoutForce()
    {
        using var kit = new TempKit();
        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);
        File.Delete(kit.KeyFile);
        for (int id = 0; id < 4; id++)
        {
            File.Delete(kit.SignerFile(id));
        }

        Assert.False(new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false).Ok);
    }

    [Fact]
    public void Provision_Force_ReplacesEveryKey()
    {
        using var kit = new TempKit();
        ProvisionResult first = new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);

        ProvisionResult second = new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: true);

        Assert.True(second.Ok);
        Assert.All(first.Keys.Zip(second.Keys), pair => Assert.NotEqual(pair.First.PublicKey, pair.Second.PublicKey));
    }

    [Fact]
    public void Provision_Ed25519Kit_MakesUnlimitedKeys()
    {
        using var kit = new TempKit("[kit]\nid = lab-t\nbroker = mqtt://h\nscheme = ed25519\n");

        ProvisionResult result = new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);
        var errors = new List<string>();
        IReadOnlyList<KeyStatusRow>? rows = KeyStatusReport.Read(kit.ConfigPath, kit.SecretsRoot, errors);

        Assert.True(result.Ok);
        KeyStatusRow harness = Assert.Single(rows!);
        Assert.Equal(("ed25519", "", long.MaxValue, "ok"), (harness.Scheme, harness.Parameters, harness.Remaining!.Value, harness.State));
    }

    [Fact]
    public void Provision_IdealScheme_RefusesWithTheReason()
    {
        using var kit = new TempKit("[kit]\nid = lab-t\nbroker = mqtt://h\nscheme = ideal\n");

        ProvisionResult result = new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);

        Assert.False(result.Ok);
        Assert.Contains("simulator only", Assert.Single(result.Messages), StringComparison.Ordinal);
        Assert.False(Directory.Exists(kit.SecretsRoot));
    }

    [Fact]
    public void Provision_SecretsInsideTheKitFolder_Refuses()
    {
        using var kit = new TempKit();

        ProvisionResult result = new Provisioner().Provision(kit.ConfigPath, Path.Combine(Path.GetDirectoryName(kit.ConfigPath)!, "secrets"), false);

        Assert.False(result.Ok);
        Assert.Contains("outside the repository", Assert.Single(result.Messages), StringComparison.Ordinal);
    }

    [Fact]
    public void Provision_BrokenConfig_ReportsItsLines()
    {
        using var kit = new TempKit("[kit]\nid = Lab\nbroker = mqtt://h\n");

        ProvisionResult result = new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, false);

        Assert.False(result.Ok);
        Assert.Contains(result.Messages, m => m.EndsWith("line 2: kit id 'Lab' must be 1 to 16 characters of a-z, 0-9 and '-'", StringComparison.Ordinal));
    }

    [Fact]
    public void Provision_PrivateFiles_AreReadableByTheOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var kit = new TempKit();

        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, false);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(kit.SignerFile(0)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(kit.SignerFile(0))!));
    }

    [Fact]
    public void KeysStatus_PrivateStateOfAnotherKey_SaysItDoesNotMatch()
    {
        using var kit = new TempKit();
        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, false);
        File.Copy(kit.SignerFile(1), kit.SignerFile(2), overwrite: true);
        var errors = new List<string>();

        IReadOnlyList<KeyStatusRow> rows = KeyStatusReport.Read(kit.ConfigPath, kit.SecretsRoot, errors)!;

        Assert.Equal("ok", rows[1].State);
        Assert.Equal("private state does not match nf.keys", rows[2].State);
    }

    [Fact]
    public void KeysStatus_AfterOneSignature_ShowsTheReservedBlockGone()
    {
        using var kit = new TempKit();
        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, false);
        ISignatureScheme scheme = SignatureSchemes.For("lms", "H5/W4", out _)!;
        using (SecretFileStore store = SecretFileStore.Open(kit.SignerFile(3), out _)!)
        {
            scheme.OpenSigner(store).Sign([1]);
        }

        File.Delete(kit.SignerFile(4));
        var errors = new List<string>();

        IReadOnlyList<KeyStatusRow> rows = KeyStatusReport.Read(kit.ConfigPath, kit.SecretsRoot, errors)!;

        Assert.Empty(errors);
        Assert.Equal([32L, 32L, 32L, 32L - LmsSigner.ReservationBlock, null], rows.Select(r => r.Remaining));
        Assert.Equal("no private state here", rows[4].State);
    }
}
