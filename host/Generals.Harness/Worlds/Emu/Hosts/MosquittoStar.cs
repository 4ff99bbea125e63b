using System.Globalization;

namespace Generals.Harness.Worlds.Emu.Hosts;

/// <summary>
/// A mosquitto in each host of a run (docs/hosts.md), bridged in a star: every host h &gt;= 2's broker holds one bridge to
/// host 1's (<see cref="MosquittoBridge"/>, the kit's topics both ways), the broker the harness relays on. A star is a tree,
/// so no frame loops, and every general is at most one bridge hop from the relay. Host 1's broker takes H-1 bridge logins,
/// one user each (<see cref="KitCredentials.BridgeUserOf"/>): mosquitto makes a client's id its user name, so a second login
/// of one user would close the first.
/// </summary>
public sealed class MosquittoStar : IDisposable
{
    private readonly List<MosquittoBroker> _brokers = [];
    private readonly HostAddressPlan _plan;

    private MosquittoStar(HostAddressPlan plan) => _plan = plan;

    /// <summary>The brokers, host 1's first.</summary>
    public IReadOnlyList<MosquittoBroker> Brokers => _brokers;

    /// <summary>Every broker in host order, as nf.config lists them (<see cref="HostAddressPlan.BrokerUrls"/>).</summary>
    public string Urls => _plan.BrokerUrls();

    /// <summary>
    /// The bridge host <paramref name="host"/>'s broker holds: none for host 1 (the hub), else one to host 1's broker as that
    /// host's own bridge user, whose password is drawn into <paramref name="credentials"/> on first use.
    /// </summary>
    public static MosquittoBridge? BridgeOf(HostAddressPlan plan, int host, KitCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentOutOfRangeException.ThrowIfLessThan(host, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(host, plan.Hosts);
        if (host == 1)
        {
            return null;
        }

        string user = KitCredentials.BridgeUserOf(host);
        return new MosquittoBridge(HostAddressPlan.BrokerPort, credentials.BridgePassword(user), plan.Address(1), user);
    }

    /// <summary>
    /// Starts host 1's broker, then each other host's bridged to it, in <paramref name="folder"/>/host-h, each admitting every
    /// general (a general fails over to any host's broker).
    /// </summary>
    public static MosquittoStar Start(string folder, string kit, KitCredentials credentials, IEnumerable<int> generals, NetworkHosts hosts, GeneralsLauncher? supervisor = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(hosts);
        int[] ids = [.. generals];
        HostAddressPlan plan = hosts.Plan;
        var star = new MosquittoStar(plan);
        // Before host 1's broker writes its password file: it admits every other host's bridge user.
        MosquittoBridge?[] bridges = [.. Enumerable.Range(1, plan.Hosts).Select(host => BridgeOf(plan, host, credentials))];
        try
        {
            for (int host = 1; host <= plan.Hosts; host++)
            {
                star._brokers.Add(MosquittoBroker.Start(Path.Combine(folder, "host-" + host.ToString(CultureInfo.InvariantCulture)), kit, credentials, ids, supervisor,
                    bridges[host - 1], HostAddressPlan.BrokerPort, new BrokerPlace(plan.Address(host), hosts.CommandPrefix(host))));
            }
        }
        catch
        {
            star.Dispose();
            throw;
        }

        return star;
    }

    /// <summary>Calls <paramref name="report"/> when any broker exits without being stopped.</summary>
    public void OnUnplannedExit(Action<string> report)
    {
        foreach (MosquittoBroker broker in _brokers)
        {
            broker.OnUnplannedExit(report);
        }
    }

    /// <summary>From now on an exit of any broker is expected (the harness is stopping the run).</summary>
    public void ExpectExit()
    {
        foreach (MosquittoBroker broker in _brokers)
        {
            broker.ExpectExit();
        }
    }

    public void Dispose()
    {
        ExpectExit();
        foreach (MosquittoBroker broker in _brokers)
        {
            broker.Dispose();
        }
    }
}
