using Generals.Core.Wire;
using Generals.Harness.History;
using Generals.Harness.Nemesis;

namespace Generals.Harness.Emu;

/// <summary>
/// The harness as the network of an emulated run: every frame a general publishes on its wire topic comes
/// here (from the embedded broker's publish interception or from the relay's subscription); the nemesis
/// decides its fate per destination, in arrival order under one lock (so the same seed and the same sequence
/// of frames give the same decisions), and surviving copies are published to the destinations' inboxes
/// after their delay by the scheduler. Telemetry and status pass the <see cref="TelemetryAuthenticator"/>; what it
/// admits is recorded as history.
/// </summary>
public sealed class EmuNetwork
{
    private readonly string _kit;
    private readonly int _generals;
    private readonly NetworkNemesis _nemesis;
    private readonly HistoryRecorder _history;
    private readonly DelayScheduler _scheduler;
    private readonly Lock _lock = new();
    private IInboxSink? _sink;
    private long _planStartMs = long.MaxValue;

    public EmuNetwork(string kit, int generals, NetworkNemesis nemesis, HistoryRecorder history, DelayScheduler scheduler, TelemetryAuthenticator telemetry)
    {
        _kit = kit;
        _generals = generals;
        _nemesis = nemesis;
        _history = history;
        _scheduler = scheduler;
        Telemetry = telemetry;
    }

    /// <summary>The gate every frame on an events or status topic passes before it reaches the history.</summary>
    public TelemetryAuthenticator Telemetry { get; }

    /// <summary>Frames refused before routing (garbage, truncated, oversize, or claiming another sender).</summary>
    public long MalformedFrames { get; private set; }

    /// <summary>Frames routed to at least one destination.</summary>
    public long FramesRouted { get; private set; }

    public void Attach(IInboxSink sink) => _sink = sink;

    /// <summary>
    /// The harness time of the `start` line, from which the scenario's times count: the nemesis judges partitions, link
    /// rules, broker outages and GST by plan time (harness time minus this). Before it is set every frame is in the plan's past.
    /// </summary>
    public long PlanStartMs
    {
        get => Interlocked.Read(ref _planStartMs);
        set => Interlocked.Exchange(ref _planStartMs, value);
    }

    /// <summary>Raised (on a broker thread) when a general reports that it booted: (general, incarnation).</summary>
    public event Action<int, long>? Booted;

    /// <summary>Ends every fault: the settle period.</summary>
    public void Heal()
    {
        lock (_lock)
        {
            _nemesis.Heal();
        }

        _history.Record(new HistoryEvent { TimeMs = _history.NowMs, Type = HistoryType.Heal });
    }

    /// <summary>A frame published on gl/{kit}/wire/{from}. Never throws, whatever the bytes.</summary>
    public void OnWire(int from, byte[] bytes)
    {
        long now = _history.NowMs;
        FrameRejection rejection = FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout frame);
        if (rejection != FrameRejection.None || frame.From != from)
        {
            lock (_lock)
            {
                MalformedFrames++;
            }

            _history.Record(new HistoryEvent
            {
                TimeMs = now, Type = HistoryType.MalformedFrame, From = from,
                Reason = rejection != FrameRejection.None ? HistoryNames.Of(rejection) : "claims another sender than its wire topic",
            });
            return;
        }

        lock (_lock)
        {
            FramesRouted++;
            if (frame.To == FrameLimits.Broadcast)
            {
                for (int to = 1; to <= _generals; to++)
                {
                    if (to != from)
                    {
                        Route(from, to, frame, bytes, now);
                    }
                }
            }
            else if (frame.To >= 1 && frame.To <= _generals)
            {
                Route(from, frame.To, frame, bytes, now);
            }
        }
    }

    /// <summary>Telemetry published on gl/{kit}/n/{from}/events: recorded when authentic and fresh, else a counted drop.</summary>
    public void OnTelemetry(int from, byte[] bytes)
    {
        HistoryEvent e = Telemetry.OnEvents(from, bytes, _history.NowMs);
        _history.Record(e);
        if (e.Type == HistoryType.Boot)
        {
            Booted?.Invoke(from, e.Incarnation);
        }
    }

    /// <summary>A status (or last will) published on gl/{kit}/n/{from}/status: checked and counted; only a refusal is recorded.</summary>
    public void OnStatus(int from, byte[] bytes)
    {
        HistoryEvent? refused = Telemetry.OnStatus(from, bytes, _history.NowMs);
        if (refused != null)
        {
            _history.Record(refused);
        }
    }

    private void Route(int from, int to, FrameLayout frame, byte[] bytes, long now)
    {
        HistoryEvent sent = SendEvent.For(now, from, to, frame, bytes);
        _history.Record(sent);
        string inbox = Topics.Inbox(_kit, to);
        foreach (NemesisAction action in _nemesis.Decide(from, to, bytes, now - PlanStartMs))
        {
            if (action.Type != HistoryType.Deliver)
            {
                _history.Record(SendEvent.Fate(sent, action));
            }

            if (!action.Deliver)
            {
                continue;
            }

            byte[] payload = action.Bytes;
            _scheduler.At(now + action.DelayMs, () =>
            {
                _sink?.Publish(inbox, payload);
                _history.Record(SendEvent.Delivered(sent, _history.NowMs));
            });
        }
    }
}
