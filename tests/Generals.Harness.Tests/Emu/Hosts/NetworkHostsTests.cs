using System.Globalization;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Emu.Hosts;

namespace Generals.Harness.Tests.Emu.Hosts;

/// <summary>
/// Real namespaces, made and removed with `ip` (docs/hosts.md). These need root on Linux (CI runs as root); where the machine
/// cannot make namespaces they fail with a message that says so, never skip.
/// </summary>
public sealed class NetworkHostsTests
{
    [Fact]
    public void Create_ThreeHosts_MakesTheirNamespacesAndDisposeRemovesThemAndTheBridge()
    {
        RequireNamespaces();

        HostAddressPlan plan;
        using (NetworkHosts hosts = NetworkHosts.Create(3, progress: null))
        {
            plan = hosts.Plan;
            string made = IpCommand.Run("netns", "list");
            Assert.All(Enumerable.Range(1, 3), host => Assert.Contains(plan.Namespace(host), made, StringComparison.Ordinal));
            Assert.Contains(plan.Address(2) + "/24", IpCommand.Run("-n", plan.Namespace(2), "-4", "-o", "addr", "show"), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(plan.Namespace(1), IpCommand.Run("netns", "list"), StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Bridge, IpCommand.Run("-o", "link", "show"), StringComparison.Ordinal);
        Assert.DoesNotContain(plan.RootVeth(3), IpCommand.Run("-o", "link", "show"), StringComparison.Ordinal);
    }

    [Fact]
    public void SweepStale_NamespaceAndBridgeOfAGoneHarness_RemovesThemAndLeavesALiveOnesAlone()
    {
        RequireNamespaces();
        var gone = new HostAddressPlan(GoneProcess(), 0, 0, 1);
        IpCommand.Run("netns", "add", gone.Namespace(1));
        IpCommand.Run("link", "add", gone.Bridge, "type", "bridge");
        using NetworkHosts live = NetworkHosts.Create(1, progress: null);

        // Create swept already; the gone harness's names were made before it: they must be gone now, the live run's there.
        string spaces = IpCommand.Run("netns", "list");
        Assert.DoesNotContain(gone.Namespace(1), spaces, StringComparison.Ordinal);
        Assert.DoesNotContain(gone.Bridge, IpCommand.Run("-o", "link", "show"), StringComparison.Ordinal);
        Assert.Contains(live.Plan.Namespace(1), spaces, StringComparison.Ordinal);
    }

    // A process id no process has: above this machine's pid_max when it can be (no id there is ever given out).
    private static int GoneProcess()
    {
        int id = int.Parse(File.ReadAllText("/proc/sys/kernel/pid_max").Trim(), CultureInfo.InvariantCulture) + 1;
        Assert.False(Directory.Exists("/proc/" + id.ToString(CultureInfo.InvariantCulture)));
        return id;
    }

    private static void RequireNamespaces()
    {
        HostFacts facts = HostFacts.Current();
        Assert.True(facts.Linux && facts.NamespaceCapable && facts.Ip != null,
            "network namespaces cannot be made on this machine (hosts need Linux, `ip` and root: CAP_SYS_ADMIN, CAP_NET_ADMIN); run these tests as root, as CI does");
    }
}
