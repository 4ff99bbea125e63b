using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Emu.Hosts;

namespace Generals.Harness.Tests.Emu.Hosts;

/// <summary>A plan whose hosts this machine cannot make is refused up front with the reason, never run on one host.</summary>
public sealed class HostsPlanTests
{
    private static readonly HostFacts Able = new(true, true, "/usr/sbin/ip", "/usr/sbin/mosquitto");

    [Fact]
    public void Refusal_ThreeHostsWhereAllIsThere_None() =>
        Assert.Null(HostsPlan.Refusal(Scenario(3), externalBroker: false, Able));

    [Fact]
    public void Refusal_OneHostWithoutAnything_None() =>
        Assert.Null(HostsPlan.Refusal(Scenario(1), externalBroker: false, new HostFacts(false, false, null, null)));

    [Fact]
    public void Refusal_ThreeHostsWithoutRoot_SaysRootIsNeeded()
    {
        string? refusal = HostsPlan.Refusal(Scenario(3), externalBroker: false, Able with { NamespaceCapable = false });

        Assert.Equal("hosts: 3 needs root (CAP_SYS_ADMIN and CAP_NET_ADMIN) to make network namespaces; this harness runs without them: "
            + "run it as root (sudo) or with one host", refusal);
    }

    [Fact]
    public void Refusal_ThreeHostsNotOnLinux_SaysNamespacesAreLinuxs() =>
        Assert.StartsWith("hosts: 3 needs Linux network namespaces", HostsPlan.Refusal(Scenario(3), false, Able with { Linux = false }), StringComparison.Ordinal);

    [Fact]
    public void Refusal_ThreeHostsWithoutIp_SaysInstallIproute2() =>
        Assert.Equal("hosts: 3 needs `ip` (iproute2) to make network namespaces: apt-get install -y iproute2", HostsPlan.Refusal(Scenario(3), false, Able with { Ip = null }));

    [Fact]
    public void Refusal_ThreeHostsWithoutMosquitto_SaysInstallIt() =>
        Assert.Equal("hosts: 3 runs a mosquitto in each host: apt-get install -y mosquitto", HostsPlan.Refusal(Scenario(3), false, Able with { Mosquitto = null }));

    [Fact]
    public void Refusal_ThreeHostsOnAnExternalBroker_SaysLeaveBrokerOut() =>
        Assert.StartsWith("hosts: 3 runs a mosquitto in each host; --broker joins one broker", HostsPlan.Refusal(Scenario(3), true, Able), StringComparison.Ordinal);

    [Fact]
    public void Refusal_ThreeHostsAndARedundantPair_SaysBrokersComeWithHosts()
    {
        Scenario scenario = Scenario(3);
        scenario.Brokers = 2;

        Assert.Equal("hosts: 3 runs a broker per host, bridged: leave brokers: 2 out", HostsPlan.Refusal(scenario, false, Able));
    }

    [Theory]
    [InlineData("Name:\tx\nCapEff:\t000001ffffffffff\n", true)]
    [InlineData("Name:\tx\nCapEff:\t0000000000000000\n", false)]
    [InlineData("Name:\tx\nCapEff:\t0000000000001000\n", false)]
    [InlineData("Name:\tx\n", false)]
    public void HasCapabilities_ProcStatus_TrueOnlyWithNetAdminAndSysAdmin(string status, bool expected) =>
        Assert.Equal(expected, HostFacts.HasCapabilities(status));

    [Fact]
    public void Validate_MoreHostsThanGenerals_NamesHosts()
    {
        var scenario = new Scenario { Name = "spread", Generals = 2, Hosts = 3 };

        ScenarioException error = Assert.Throws<ScenarioException>(() => ScenarioValidator.Validate(scenario, "code"));

        Assert.Equal(["hosts"], error.Problems.Select(p => p.Field));
    }

    private static Scenario Scenario(int hosts)
    {
        Scenario scenario = ScenarioLoader.Load("om-n7-m2");
        scenario.Hosts = hosts;
        return scenario;
    }
}
