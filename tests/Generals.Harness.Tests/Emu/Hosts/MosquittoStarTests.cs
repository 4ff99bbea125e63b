using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Emu.Hosts;

namespace Generals.Harness.Tests.Emu.Hosts;

/// <summary>Which broker bridges to which over hosts (docs/hosts.md): a star on host 1's broker, one bridge user per host.</summary>
public sealed class MosquittoStarTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("generals-star-").FullName;
    private readonly HostAddressPlan _plan = new(4711, 0, 7, 4);
    private readonly KitCredentials _credentials = KitCredentials.Generate([1, 2, 3, 4]);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void BridgeOf_HostOne_NoneForTheHub() => Assert.Null(MosquittoStar.BridgeOf(_plan, 1, _credentials));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void BridgeOf_EveryOtherHost_ToHostOnesBrokerAsItsOwnUser(int host)
    {
        MosquittoBridge bridge = MosquittoStar.BridgeOf(_plan, host, _credentials)!;

        Assert.Equal(_plan.Address(1), bridge.RemoteAddress);
        Assert.Equal(HostAddressPlan.BrokerPort, bridge.RemotePort);
        Assert.Equal("bridge-" + host, bridge.User);
        Assert.Equal(_credentials.PasswordOf(bridge.User), bridge.Password);
        string text = bridge.Text("lab");
        Assert.Contains($"address {_plan.Address(1)}:1883\n", text, StringComparison.Ordinal);
        Assert.Contains($"remote_username bridge-{host}\n", text, StringComparison.Ordinal);
        Assert.Contains($"remote_clientid bridge-{host}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void BridgeOf_AllHosts_EachUserOnceSoNoLoginClosesAnother()
    {
        string[] users = [.. Enumerable.Range(1, _plan.Hosts).Select(h => MosquittoStar.BridgeOf(_plan, h, _credentials)).OfType<MosquittoBridge>().Select(b => b.User)];

        Assert.Equal(_plan.Hosts - 1, users.Length);
        Assert.Equal(users.Length, users.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void BridgeOf_HostOutsideThePlan_Throws(int host) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MosquittoStar.BridgeOf(_plan, host, _credentials));

    [Fact]
    public void Write_HubAfterTheBridgesWereDrawn_AdmitsEveryHostsBridgeUserToTheKitsTopics()
    {
        for (int host = 1; host <= _plan.Hosts; host++)
        {
            MosquittoStar.BridgeOf(_plan, host, _credentials);
        }

        MosquittoConfig.Write(_folder, "lab", _credentials, [1, 2, 3, 4], HostAddressPlan.BrokerPort, BrokerLimits.ForGenerals(4), bridge: null, _plan.Address(1));

        string acl = File.ReadAllText(Path.Combine(_folder, "acl"));
        string passwd = File.ReadAllText(Path.Combine(_folder, "passwd"));
        Assert.All(Enumerable.Range(2, 3), host =>
        {
            Assert.Contains($"user bridge-{host}\ntopic readwrite gl/lab/#\n", acl, StringComparison.Ordinal);
            Assert.Contains($"bridge-{host}:$7$", passwd, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("user bridge\n", acl, StringComparison.Ordinal);
        Assert.DoesNotContain("connection ", File.ReadAllText(Path.Combine(_folder, "mosquitto.conf")), StringComparison.Ordinal);
    }

    [Fact]
    public void BridgePassword_NotABridgeUser_Throws() =>
        Assert.Throws<ArgumentException>(() => _credentials.BridgePassword("general-1"));
}
