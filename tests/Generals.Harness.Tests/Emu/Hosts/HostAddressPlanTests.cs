using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Emu.Hosts;

namespace Generals.Harness.Tests.Emu.Hosts;

/// <summary>The names and addresses a run's hosts get, and the names a sweep recognises as the kit's (docs/hosts.md).</summary>
public sealed class HostAddressPlanTests
{
    [Fact]
    public void Address_ThreeHosts_BridgeFirstThenEachHostOnTheRunsSubnet()
    {
        var plan = new HostAddressPlan(4711, 0, 7, 3);

        Assert.Equal("10.213.7.1", plan.BridgeAddress);
        Assert.Equal(["10.213.7.2", "10.213.7.3", "10.213.7.4"], Enumerable.Range(1, 3).Select(plan.Address));
        Assert.Equal("10.213.7.0/24", plan.Cidr);
        Assert.Equal("mqtt://10.213.7.2:1883, mqtt://10.213.7.3:1883, mqtt://10.213.7.4:1883", plan.BrokerUrls());
    }

    [Fact]
    public void Names_ThreeHosts_CarryThePrefixTheProcessAndTheRunsLetter()
    {
        var plan = new HostAddressPlan(4711, 1, 7, 3);

        Assert.Equal("glh-4711b-2", plan.Namespace(2));
        Assert.Equal("glh4711bb", plan.Bridge);
        Assert.Equal("glh4711br2", plan.RootVeth(2));
        Assert.Equal("glh4711bn2", plan.HostVeth(2));
    }

    [Fact]
    public void Names_LargestProcessIdLetterAndHost_FitLinuxsFifteenCharacterInterfaceNames()
    {
        // 4194304 is Linux's largest pid_max; an interface name longer than 15 characters is refused by the kernel.
        var plan = new HostAddressPlan(4_194_304, HostAddressPlan.SequencesMax - 1, 255, HostAddressPlan.HostsMax);

        Assert.All([plan.Bridge, plan.RootVeth(HostAddressPlan.HostsMax), plan.HostVeth(HostAddressPlan.HostsMax)], name => Assert.InRange(name.Length, 1, 15));
        Assert.Equal("10.213.255.251", plan.Address(HostAddressPlan.HostsMax));
    }

    [Fact]
    public void HostOf_SevenGeneralsOverThreeHosts_RoundRobinFromHostOne()
    {
        var plan = new HostAddressPlan(4711, 0, 7, 3);

        Assert.Equal([1, 2, 3, 1, 2, 3, 1], Enumerable.Range(1, 7).Select(plan.HostOf));
    }

    [Fact]
    public void BrokersOf_EveryGeneralOfAThreeHostRun_ListsItsOwnHostsBrokerFirstThenTheOthers()
    {
        var plan = new HostAddressPlan(4711, 0, 7, 3);

        foreach (int general in Enumerable.Range(1, 7))
        {
            string[] brokers = EmuGenerals.BrokersOf(plan.BrokerUrls(), general).Split(", ");

            Assert.Equal(plan.BrokerUrl(plan.HostOf(general)), brokers[0]);
            Assert.Equal(Enumerable.Range(1, 3).Select(plan.BrokerUrl).Order(), brokers.Order());
        }
    }

    [Theory]
    [InlineData("glh-4711a-2", 4711)]
    [InlineData("glh4711ab", 4711)]
    [InlineData("glh4711zr12", 4711)]
    [InlineData("glh4711an3", 4711)]
    public void ProcessOf_NamesAPlanMade_TheHarnessProcess(string name, int process) =>
        Assert.Equal(process, HostAddressPlan.ProcessOf(name));

    [Theory]
    [InlineData("eth0")]
    [InlineData("docker0")]
    [InlineData("glh-probe-1")]
    [InlineData("glh4711")]
    [InlineData("glhab")]
    [InlineData("glh0ab")]
    public void ProcessOf_NamesNotTheKits_Null(string name) =>
        Assert.Null(HostAddressPlan.ProcessOf(name));

    [Fact]
    public void Constructor_MoreHostsThanTheSubnetHolds_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new HostAddressPlan(4711, 0, 7, HostAddressPlan.HostsMax + 1));
}
