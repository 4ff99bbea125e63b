using System.Globalization;

namespace Generals.Harness.Worlds.Emu.Hosts;

/// <summary>
/// A mosquitto in each host of a run (docs/hosts.md), bridged in a chain: host h's broker holds one bridge to host h-1's
/// (<see cref="MosquittoBridge"/>, the kit's topics both ways), so a frame published on any broker reaches subscribers on all,
/// with no loop (a chain has no cycle, and each bridge is told apart as one). Each broker thus takes one bridge login, which
/// the kit's one bridge user allows. The harness relays on host 1's broker, the end of the chain.
/// </summary>
public sealed class MosquittoChain : IDisposable
{
    private readonly List<MosquittoBroker> _brokers = [];
    private readonly HostAddressPlan _plan;

    private MosquittoChain(HostAddressPlan plan) => _plan = plan;

    /// <summary>The brokers, host 1's first.</summary>
    public IReadOnlyList<MosquittoBroker> Brokers => _brokers;

    /// <summary>Every broker in host order, as nf.config lists them (<see cref="HostAddressPlan.BrokerUrls"/>).</summary>
    public string Urls => _plan.BrokerUrls();

    /// <summary>
    /// Starts host 1's broker, then each next host's bridged to the one before, in <paramref name="folder"/>/host-h, each
    /// admitting every general (a general fails over to any host's broker).
    /// </summary>
    public static MosquittoChain Start(string folder, string kit, KitCredentials credentials, IEnumerable<int> generals, NetworkHosts hosts, GeneralsLauncher? supervisor = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(hosts);
        int[] ids = [.. generals];
        HostAddressPlan plan = hosts.Plan;
        var chain = new MosquittoChain(plan);
        // Before the first broker writes its password file: every broker but the last admits the next one's bridge.
        string password = credentials.BridgePassword();
        try
        {
            for (int host = 1; host <= plan.Hosts; host++)
            {
                MosquittoBridge? bridge = host == 1 ? null : new MosquittoBridge(HostAddressPlan.BrokerPort, password, plan.Address(host - 1));
                chain._brokers.Add(MosquittoBroker.Start(Path.Combine(folder, "host-" + host.ToString(CultureInfo.InvariantCulture)), kit, credentials, ids, supervisor,
                    bridge, HostAddressPlan.BrokerPort, new BrokerPlace(plan.Address(host), hosts.CommandPrefix(host))));
            }
        }
        catch
        {
            chain.Dispose();
            throw;
        }

        return chain;
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
