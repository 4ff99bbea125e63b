using Generals.Harness.Provisioning;

namespace Generals.Harness.Tests.Provisioning;

public class SecretsLocationTests
{
    [Fact]
    public void Root_OptionGiven_WinsOverEnvironment()
    {
        Assert.Equal(Path.GetFullPath("/tmp/a"), SecretsLocation.Root("/tmp/a", "/tmp/b", "/home/u"));
    }

    [Fact]
    public void Root_OnlyEnvironment_UsesIt()
    {
        Assert.Equal(Path.GetFullPath("/tmp/b"), SecretsLocation.Root(null, "/tmp/b", "/home/u"));
    }

    [Fact]
    public void Root_Nothing_IsUnderTheHome()
    {
        Assert.Equal(Path.Combine("/home/u", ".generals", "secrets"), SecretsLocation.Root(null, " ", "/home/u"));
    }

    [Fact]
    public void SignerFile_IsPerKitAndSigner()
    {
        Assert.Equal(Path.Combine("/s", "lab", "signer-3.key"), SecretsLocation.SignerFile("/s", "lab", 3));
    }
}
