using System.Globalization;

namespace Generals.Harness.Worlds.Emu.Hosts;

/// <summary>
/// The hosts of one emulated run (docs/hosts.md): network namespaces on a bridge, made with `ip` as the plan says
/// (<see cref="HostAddressPlan"/>) and removed when the run ends, when the harness exits, or by the next run's sweep if the
/// harness was killed. Processes are placed in a host by prefixing their command with `ip netns exec` (which execs the
/// command, so a general's process id, signals and kill -9 are its own).
/// </summary>
public sealed class NetworkHosts : IDisposable
{
    private static int _runs;
    private readonly string _ip;
    private int _removed;

    private NetworkHosts(HostAddressPlan plan, string ip)
    {
        Plan = plan;
        _ip = ip;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public HostAddressPlan Plan { get; }

    /// <summary>
    /// Sweeps what crashed runs left, then makes <paramref name="hosts"/> namespaces on a new bridge in a /24 no interface
    /// of this machine holds yet. Whatever fails half-way is removed before the exception leaves.
    /// </summary>
    public static NetworkHosts Create(int hosts, Action<string>? progress)
    {
        string ip = IpCommand.Path ?? throw new ProcessStartException("`ip` (iproute2) is not installed: hosts need it to make network namespaces");
        int swept = SweepStale();
        if (swept > 0)
        {
            progress?.Invoke($"removed {swept} namespaces and links that an earlier run of the harness left behind");
        }

        int sequence = Interlocked.Increment(ref _runs) % HostAddressPlan.SequencesMax;
        var plan = new HostAddressPlan(Environment.ProcessId, sequence, FreeSubnet(Environment.ProcessId * HostAddressPlan.SequencesMax + sequence), hosts);
        var made = new NetworkHosts(plan, ip);
        try
        {
            made.Build();
        }
        catch
        {
            made.Dispose();
            throw;
        }

        progress?.Invoke($"hosts: {hosts} network namespaces {plan.Namespace(1)}..{plan.Namespace(hosts)} on bridge {plan.Bridge} ({plan.Cidr})");
        return made;
    }

    /// <summary>The command prefix that runs a program in host <paramref name="host"/>'s namespace.</summary>
    public IReadOnlyList<string> CommandPrefix(int host) => [_ip, "netns", "exec", Plan.Namespace(host)];

    /// <summary><paramref name="launcher"/>, started inside the host general <paramref name="general"/> runs on.</summary>
    public GeneralsLauncher LauncherFor(int general, GeneralsLauncher launcher)
    {
        ArgumentNullException.ThrowIfNull(launcher);
        return launcher with
        {
            FileName = _ip,
            PrefixArguments = ["netns", "exec", Plan.Namespace(Plan.HostOf(general)), launcher.FileName, .. launcher.PrefixArguments],
        };
    }

    /// <summary>
    /// Removes every namespace and link of the kit's prefix whose harness process is gone (a run killed before its cleanup);
    /// returns how many. A live harness's hosts are never touched.
    /// </summary>
    public static int SweepStale()
    {
        int removed = 0;
        foreach (string name in IpCommand.Run("netns", "list").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string space = name.Split(' ')[0];
            if (IsStale(space) && IpCommand.TryRun("netns", "delete", space))
            {
                removed++;
            }
        }

        foreach (string link in LinkNames())
        {
            if (IsStale(link) && IpCommand.TryRun("link", "delete", link))
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Removes the run's namespaces (each takes its veth pair with it) and its bridge; once, whatever failed before.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _removed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        for (int host = 1; host <= Plan.Hosts; host++)
        {
            IpCommand.TryRun("netns", "delete", Plan.Namespace(host));
            IpCommand.TryRun("link", "delete", Plan.RootVeth(host));
        }

        IpCommand.TryRun("link", "delete", Plan.Bridge);
    }

    private void OnProcessExit(object? sender, EventArgs e) => Dispose();

    private void Build()
    {
        IpCommand.Run("link", "add", Plan.Bridge, "type", "bridge");
        IpCommand.Run("addr", "add", Plan.BridgeAddress + "/24", "dev", Plan.Bridge);
        IpCommand.Run("link", "set", Plan.Bridge, "up");
        for (int host = 1; host <= Plan.Hosts; host++)
        {
            string space = Plan.Namespace(host);
            IpCommand.Run("netns", "add", space);
            IpCommand.Run("link", "add", Plan.RootVeth(host), "type", "veth", "peer", "name", Plan.HostVeth(host));
            IpCommand.Run("link", "set", Plan.HostVeth(host), "netns", space);
            IpCommand.Run("link", "set", Plan.RootVeth(host), "master", Plan.Bridge);
            IpCommand.Run("link", "set", Plan.RootVeth(host), "up");
            IpCommand.Run("-n", space, "addr", "add", Plan.Address(host) + "/24", "dev", Plan.HostVeth(host));
            IpCommand.Run("-n", space, "link", "set", Plan.HostVeth(host), "up");
            IpCommand.Run("-n", space, "link", "set", "lo", "up");
        }
    }

    // The first /24 of 10.213.0.0/16, from the run's own starting point on, that no interface here holds (another run's,
    // or anybody's): two runs at once never share a subnet. Bounded by the 256 subnets there are.
    private static int FreeSubnet(int start)
    {
        string addresses = IpCommand.Run("-4", "-o", "addr", "show");
        for (int step = 0; step < HostAddressPlan.SubnetsMax; step++)
        {
            int subnet = (start + step) % HostAddressPlan.SubnetsMax;
            if (!addresses.Contains($" {HostAddressPlan.Network}.{subnet.ToString(CultureInfo.InvariantCulture)}.", StringComparison.Ordinal))
            {
                return subnet;
            }
        }

        throw new ProcessStartException($"every /24 of {HostAddressPlan.Network}.0.0/16 is in use on this machine: remove stale runs' links (ip link show | grep {HostAddressPlan.Prefix})");
    }

    // Link names from `ip -o link show`: "12: glh4711ar1@if11: <BROADCAST,...".
    private static IEnumerable<string> LinkNames() =>
        IpCommand.Run("-o", "link", "show").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 3))
            .Where(parts => parts.Length == 3)
            .Select(parts => parts[1].Trim().Split('@')[0]);

    private static bool IsStale(string name) =>
        HostAddressPlan.ProcessOf(name) is int process && !Directory.Exists("/proc/" + process.ToString(CultureInfo.InvariantCulture));
}
