using Generals.Core.Wire;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Worlds;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The <see cref="HarnessNetwork"/> of an emulated run, seen from the broker: every frame a general publishes on its wire,
/// events or status topic comes here (from the embedded broker's publish interception or from the relay's subscription)
/// and goes to the shared network; surviving copies are published to the destinations' inboxes after their delay by the
/// scheduler, through the broker or relay attached as the sink.
/// </summary>
public sealed class EmuNetwork : INetworkWorld
{
    private readonly string _kit;
    private readonly HistoryRecorder _history;
    private readonly DelayScheduler _scheduler;
    private IInboxSink? _sink;

    public EmuNetwork(string kit, int generals, NetworkNemesis nemesis, HistoryRecorder history, DelayScheduler scheduler, TelemetryAuthenticator telemetry)
    {
        _kit = kit;
        _history = history;
        _scheduler = scheduler;
        Network = new HarnessNetwork(generals, nemesis, history, this, telemetry);
    }

    /// <summary>The network every world shares: fan-out, nemesis, history.</summary>
    public HarnessNetwork Network { get; }

    /// <summary>The gate every frame on an events or status topic passes before it reaches the history.</summary>
    public TelemetryAuthenticator Telemetry => Network.Telemetry;

    /// <summary>Frames refused before routing (garbage, truncated, oversize, or claiming another sender).</summary>
    public long MalformedFrames => Network.MalformedFrames;

    /// <summary>Frames routed to at least one destination.</summary>
    public long FramesRouted => Network.FramesRouted;

    public long NowMs => _history.NowMs;

    public void Attach(IInboxSink sink) => _sink = sink;

    /// <summary>A frame published on gl/{kit}/wire/{from}. Never throws, whatever the bytes.</summary>
    public void OnWire(int from, byte[] bytes) => Network.OnWire(from, bytes);

    /// <summary>Telemetry published on gl/{kit}/n/{from}/events.</summary>
    public void OnTelemetry(int from, byte[] bytes) => Network.OnTelemetry(from, bytes);

    /// <summary>A status (or last will) published on gl/{kit}/n/{from}/status.</summary>
    public void OnStatus(int from, byte[] bytes) => Network.OnStatus(from, bytes);

    /// <summary>Publishes bytes on a topic of the kit through the attached broker or relay (nothing before one is attached).</summary>
    public void Publish(string topic, byte[] bytes) => _sink?.Publish(topic, bytes);

    public void ScheduleDelivery(long atMs, int to, byte[] frame, HistoryEvent? sent) =>
        _scheduler.At(atMs, () => Network.Deliver(to, frame, sent));

    public DeliveryResult Deliver(int to, byte[] frame)
    {
        _sink?.Publish(Topics.Inbox(_kit, to), frame);
        return DeliveryResult.Delivered;
    }

    /// <summary>A process takes its inputs by itself.</summary>
    public void Step(int general)
    {
    }
}
