namespace Generals.Harness.Worlds.Emu;

/// <summary>Thread-safe counters of a broker's refusals by reason, named as results.json shows them.</summary>
public sealed class BrokerRefusals
{
    private readonly long[] _counts = new long[Enum.GetValues<BrokerRefusal>().Length];

    /// <summary>The name of a reason's counter in results.json (the first three predate the others and keep their names).</summary>
    public static string NameOf(BrokerRefusal reason) => reason switch
    {
        BrokerRefusal.Credentials => "refused-connections",
        BrokerRefusal.Publish => "refused-publishes",
        BrokerRefusal.Subscription => "refused-subscriptions",
        BrokerRefusal.OversizePacket => "refused-oversize-packets",
        BrokerRefusal.MalformedPacket => "refused-malformed-packets",
        BrokerRefusal.ConnectTimeout => "refused-connect-timeouts",
        BrokerRefusal.AddressLimit => "refused-address-limit",
        BrokerRefusal.ConnectionLimit => "refused-connection-limit",
        BrokerRefusal.SessionTakeover => "session-takeovers",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public void Count(BrokerRefusal reason) => Interlocked.Increment(ref _counts[(int)reason]);

    public long this[BrokerRefusal reason] => Interlocked.Read(ref _counts[(int)reason]);

    /// <summary>Every counter, zeros included, so a run's results.json always lists each reason.</summary>
    public Dictionary<string, long> Snapshot() =>
        Enum.GetValues<BrokerRefusal>().ToDictionary(NameOf, reason => this[reason]);
}
