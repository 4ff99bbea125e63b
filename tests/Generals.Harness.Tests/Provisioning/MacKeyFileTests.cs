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
}
