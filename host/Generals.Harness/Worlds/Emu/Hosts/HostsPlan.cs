using System.Globalization;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Worlds.Emu.Hosts;

/// <summary>
/// Why an emulated run cannot spread its generals over the hosts its plan asks for (`hosts: N`, `--hosts N`), said before
/// anything starts: never a run silently kept on one host.
/// </summary>
public static class HostsPlan
{
    /// <summary>The reason <paramref name="scenario"/>'s hosts cannot be made here, or null (also for one host).</summary>
    public static string? Refusal(Scenario scenario, bool externalBroker, HostFacts facts)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(facts);
        if (scenario.Hosts <= 1)
        {
            return null;
        }

        string hosts = "hosts: " + scenario.Hosts.ToString(CultureInfo.InvariantCulture);
        return externalBroker ? $"{hosts} runs a mosquitto in each host; --broker joins one broker: run it without --broker"
            : scenario.Brokers > 1 ? $"{hosts} runs a broker per host, bridged: leave brokers: {scenario.Brokers.ToString(CultureInfo.InvariantCulture)} out"
            : !facts.Linux ? $"{hosts} needs Linux network namespaces (ip netns); this OS has none: run it with one host"
            : !facts.NamespaceCapable ? $"{hosts} needs root (CAP_SYS_ADMIN and CAP_NET_ADMIN) to make network namespaces; this harness runs without them: run it as root (sudo) or with one host"
            : facts.Ip == null ? $"{hosts} needs `ip` (iproute2) to make network namespaces: apt-get install -y iproute2"
            : facts.Mosquitto == null ? $"{hosts} runs a mosquitto in each host: apt-get install -y mosquitto"
            : null;
    }
}
