using Generals.Core.Crypto;
using Generals.Harness.Crypto;
using Generals.Harness.Provisioning;

namespace Generals.Harness.Tests.Provisioning;

public class MacKeyFileTests
{
    [Fact]
    public void Provision_FourBoardKit_EachBoardHasItsOwnTelemetryKeyAndTheHarnessACopyOfEach()
    {
        using var kit = new TempKit();

        ProvisionResult result = new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);

        Assert.True(result.Ok, string.Join("\n", result.Messages));
        var errors = new List<string>();
        TelemetryKeyRing harness = KitKeys.LoadTelemetryKeys(kit.ConfigPath, kit.SecretsRoot, errors)!;
        byte[][] boards = [.. Enumerable.Range(1, 4).Select(id => KitKeys.OpenTelemetryKey(kit.ConfigPath, kit.SecretsRoot, id, errors)!)];
        Assert.Empty(errors);
        Assert.All(boards, key => Assert.Equal(FrameMac.KeyBytes, key.Length));
        Assert.Equal(4, boards.Select(Convert.ToHexString).Distinct().Count());
        Assert.All(Enumerable.Range(1, 4), id => Assert.Equal(boards[id - 1], harness.KeyOf(id)));
        Assert.StartsWith(Path.GetFullPath(kit.SecretsRoot), SecretsLocation.MacKeyFile(kit.SecretsRoot, "lab-t", 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Provision_TelemetryKeyFiles_AreReadableByTheOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var kit = new TempKit();

        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);

        foreach (int id in Enumerable.Range(0, 5))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(SecretsLocation.MacKeyFile(kit.SecretsRoot, "lab-t", id)));
        }
    }

    [Fact]
    public void Provision_AgainWithOnlyTelemetryKeysLeft_RefusesWithoutForce()
    {
        using var kit = new TempKit();
        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);
        File.Delete(kit.KeyFile);
        Enumerable.Range(0, 5).ToList().ForEach(id => File.Delete(kit.SignerFile(id)));

        ProvisionResult again = new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);

        Assert.False(again.Ok);
        Assert.Contains(again.Messages, m => m.Contains(SecretsLocation.MacKeyFile(kit.SecretsRoot, "lab-t", 1), StringComparison.Ordinal));
    }

    [Fact]
    public void OpenTelemetryKey_KitProvisionedWithoutTelemetryKeys_SaysToProvisionAgain()
    {
        using var kit = new TempKit();
        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);
        File.Delete(SecretsLocation.MacKeyFile(kit.SecretsRoot, "lab-t", 2));
        var errors = new List<string>();

        byte[]? key = KitKeys.OpenTelemetryKey(kit.ConfigPath, kit.SecretsRoot, 2, errors);

        Assert.Null(key);
        Assert.Contains(errors, e => e.Contains("generals provision", StringComparison.Ordinal));
    }

    [Fact]
    public void Provision_FourBoardKit_EachPairSharesOneLinkKeyAndNoOtherPairHasIt()
    {
        using var kit = new TempKit();

        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);

        var errors = new List<string>();
        LinkKeys[] boards = [.. Enumerable.Range(1, 4).Select(id => KitKeys.OpenLinkKeys(kit.ConfigPath, kit.SecretsRoot, id, errors)!)];
        Assert.Empty(errors);
        var frame = new Core.Wire.Frame(Core.Wire.FrameKind.Data, "lab-t", new Core.Wire.FrameRoute(1, 2), new Core.Wire.FrameStamp(1, 1, 0, 0), [7]);
        byte[] sealedBy1 = boards[0].MacFor(2)!.Seal(frame);
        Core.Wire.FrameCodec.TryRead(sealedBy1, 0, sealedBy1.Length, out Core.Wire.FrameLayout layout);
        Assert.True(boards[1].MacFor(1)!.Verifies(sealedBy1, 0, layout));
        Assert.False(boards[2].MacFor(1)!.Verifies(sealedBy1, 0, layout));
        Assert.False(boards[1].MacFor(3)!.Verifies(sealedBy1, 0, layout));
        Assert.Null(boards[0].MacFor(1));
    }

    [Fact]
    public void OpenLinkKeys_KitProvisionedBeforeLinkKeys_SaysToProvisionAgain()
    {
        using var kit = new TempKit();
        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);
        string file = SecretsLocation.MacKeyFile(kit.SecretsRoot, "lab-t", 2);
        using (SecretFileStore store = SecretFileStore.Create(file, out _)!)
        {
            store.Write(MacKeyFile.TelemetryRecord, Core.Runtime.SealedRecord.Seal(MacKeyFile.TelemetryRecord, new byte[FrameMac.KeyBytes]));
            store.Flush();
        }

        var errors = new List<string>();
        LinkKeys? keys = KitKeys.OpenLinkKeys(kit.ConfigPath, kit.SecretsRoot, 2, errors);

        Assert.Null(keys);
        Assert.Contains(errors, e => e.Contains("link/1", StringComparison.Ordinal) && e.Contains("generals provision --force", StringComparison.Ordinal));
    }
}
