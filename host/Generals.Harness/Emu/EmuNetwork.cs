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
    private long _runStartMs = long.MaxValue;

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

    /// <summary>Raised (on a broker thread) when a general reports that it booted: (general, incarnation).</summary>
    public event Action<int, long>? Booted;

    /// <summary>
    /// The run begins (every general is up) at harness time <paramref name="startMs"/>: the scenario's times (link rules'
    /// windows, partitions, GST, a broker restart) count from here, as in the simulator, not from the harness's own start.
    /// </summary>
    public void Start(long startMs)
    {
        lock (_lock)
        {
            _runStartMs = startMs;
        }
    }

    /// <summary>Ends every fault: the settle period.</summary>
    public void Heal()
    {
        lock (_lock)
        {
            _nemesis.Heal();
        }

        _history.Record(new HistoryEvent { TimeMs = _history.NowMs, Type = HistoryTypes.Heal });
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
                TimeMs = now, Type = HistoryTypes.Drop, Node = from,
                Detail = rejection != FrameRejection.None ? $"malformed frame on the wire: {rejection}" : "frame claims another sender than its wire topic",
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
        if (e.Type == HistoryTypes.Boot)
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

        // Before the run begins (generals booting) the scenario's clock reads below zero: no window of it is open yet.
        long runMs = _runStartMs == long.MaxValue ? -1 : now - _runStartMs;
        foreach (NemesisAction action in _nemesis.Decide(from, to, bytes, runMs))
        {
            if (!action.Deliver)
            {
                _history.Record(sent with { Type = action.HistoryType, Detail = action.Detail });
                continue;
            }

            if (action.HistoryType != HistoryTypes.Deliver)
            {
                _history.Record(sent with { Type = action.HistoryType, Detail = action.Detail, Value = action.DelayMs });
            }

            byte[] payload = action.Bytes;
            _scheduler.At(now + action.DelayMs, () =>
            {
                _sink?.Publish(inbox, payload);
                _history.Record(sent with { TimeMs = _history.NowMs, Type = HistoryTypes.Deliver });
            });
        }
    }
}
