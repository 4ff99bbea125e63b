using System.Globalization;

namespace Generals.Harness.Worlds.Emu.Hosts;

/// <summary>
/// The names and addresses of one run's hosts (docs/hosts.md): a Linux bridge in the root namespace at 10.213.S.1/24, host h a
/// network namespace joined to it by a veth pair, at 10.213.S.(h+1), its broker on port 1883 there. Every name starts with
/// <see cref="Prefix"/> and the harness's process id (and a letter for the run within the process), so a sweep finds the ones
/// a crashed run left behind; interface names stay within Linux's 15 characters.
/// </summary>
public sealed class HostAddressPlan
{
    /// <summary>The kit's prefix on every namespace, bridge and veth a run creates.</summary>
    public const string Prefix = "glh";

    /// <summary>The private /16 the plans take their /24 from (10.213.0.0/16): one /24 per run.</summary>
    public const string Network = "10.213";

    /// <summary>Where every host's broker listens: each has its own address, so all take MQTT's port.</summary>
    public const int BrokerPort = 1883;

    /// <summary>Hosts one /24 holds: .1 is the bridge, hosts take .2 up; interface names have room for 3 digits of host.</summary>
    public const int HostsMax = 250;

    /// <summary>Runs one process tells apart at once (a letter each).</summary>
    public const int SequencesMax = 26;

    /// <summary>Subnets (the third octet) a plan may take.</summary>
    public const int SubnetsMax = 256;

    public HostAddressPlan(int processId, int sequence, int subnet, int hosts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(processId);
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sequence, SequencesMax);
        ArgumentOutOfRangeException.ThrowIfNegative(subnet);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(subnet, SubnetsMax);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hosts);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hosts, HostsMax);
        Tag = processId.ToString(CultureInfo.InvariantCulture) + (char)('a' + sequence);
        Subnet = subnet;
        Hosts = hosts;
    }

    /// <summary>The harness's process id and the run's letter: what every name of the run carries.</summary>
    public string Tag { get; }

    /// <summary>The third octet of the run's /24.</summary>
    public int Subnet { get; }

    public int Hosts { get; }

    /// <summary>The bridge in the root namespace that every host's veth joins.</summary>
    public string Bridge => Prefix + Tag + "b";

    /// <summary>The bridge's address: where the harness (root namespace) is seen from the hosts.</summary>
    public string BridgeAddress => Address(0);

    /// <summary>The run's /24, as `ip` writes it.</summary>
    public string Cidr => $"{Network}.{Number(Subnet)}.0/24";

    /// <summary>Host <paramref name="host"/>'s network namespace.</summary>
    public string Namespace(int host) => $"{Prefix}-{Tag}-{Number(host)}";

    /// <summary>The veth end left in the root namespace, on the bridge.</summary>
    public string RootVeth(int host) => $"{Prefix}{Tag}r{Number(host)}";

    /// <summary>The veth end moved into host <paramref name="host"/>'s namespace.</summary>
    public string HostVeth(int host) => $"{Prefix}{Tag}n{Number(host)}";

    /// <summary>Host <paramref name="host"/>'s address (0: the bridge's).</summary>
    public string Address(int host)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(host);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(host, Hosts);
        return $"{Network}.{Number(Subnet)}.{Number(host + 1)}";
    }

    /// <summary>Host <paramref name="host"/>'s broker as nf.config lists it.</summary>
    public string BrokerUrl(int host) => $"mqtt://{Address(host)}:{Number(BrokerPort)}";

    /// <summary>Every host's broker in host order, as nf.config's broker list: a general's list is this one rotated to its host.</summary>
    public string BrokerUrls() => string.Join(", ", Enumerable.Range(1, Hosts).Select(BrokerUrl));

    /// <summary>The host general <paramref name="general"/> runs on: round-robin, general 1 on host 1.</summary>
    public int HostOf(int general)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(general);
        return ((general - 1) % Hosts) + 1;
    }

    /// <summary>
    /// The process id in the name of a namespace or interface a plan made ("glh-4711a-2", "glh4711ar2"), or null for a name
    /// that is not the kit's: the sweep removes a name only when that process is gone.
    /// </summary>
    public static int? ProcessOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        string rest = name[Prefix.Length..].TrimStart('-');
        int digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        bool tagged = digits > 0 && digits < rest.Length && char.IsAsciiLetterLower(rest[digits]);
        return tagged && int.TryParse(rest.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out int id) && id > 0 ? id : null;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
