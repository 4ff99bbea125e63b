using Generals.Core.Crypto;
using Generals.Core.Wire;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Worlds;

namespace Generals.Harness.Network;

/// <summary>
/// The harness as the network, the same in every world: a frame a general publishes on its wire topic is checked, fanned
/// out to its receivers, each copy's fate decided by the nemesis (in arrival order, under one lock, so the same seed and
/// the same frames give the same decisions), and surviving copies handed to the world for delivery after their delay;
/// send, drop, deliver and every nemesis action are written to the history. Telemetry and status pass the
/// <see cref="TelemetryAuthenticator"/> and what it admits is recorded.
/// </summary>
public sealed class HarnessNetwork
{
    private readonly int _generals;
    private readonly NetworkNemesis _nemesis;
    private readonly HistoryRecorder _history;
    private readonly INetworkWorld _world;
    private readonly bool _recordTraffic;
    private readonly Lock _lock = new();
    private readonly Dictionary<SignatureScheme, long> _signedFrames = [];

    // The receivers an authenticator names, by id, while one frame is routed (under _lock; all false between frames).
    private readonly bool[] _named;
    private long _planStartMs = long.MaxValue;

    public HarnessNetwork(int generals, NetworkNemesis nemesis, HistoryRecorder history, INetworkWorld world, TelemetryAuthenticator telemetry, bool recordTraffic = true)
    {
        _generals = generals;
        _nemesis = nemesis;
        _history = history;
        _world = world;
        _recordTraffic = recordTraffic;
        _named = new bool[generals + 1];
        Telemetry = telemetry;
    }

    /// <summary>Raised when a general reports that it booted: (general, incarnation).</summary>
    public event Action<int, long>? Booted;

    /// <summary>Raised when a general's status passed the telemetry gate: (general, status). An `offline` one is its last will.</summary>
    public event Action<int, GeneralStatus>? StatusAdmitted;

    /// <summary>Raised for every telemetry line admitted into the history (a boot, a board's boot report, ...).</summary>
    public event Action<HistoryEvent>? TelemetryAdmitted;

    /// <summary>The gate every frame on an events or status topic passes before it reaches the history.</summary>
    public TelemetryAuthenticator Telemetry { get; }

    /// <summary>Frames refused before routing (garbage, truncated, oversize, or claiming another sender).</summary>
    public long MalformedFrames { get; private set; }

    /// <summary>Frames routed to at least one destination.</summary>
    public long FramesRouted { get; private set; }

    /// <summary>Copies of frames sent on a link (one per receiver).</summary>
    public long FramesSent { get; private set; }

    /// <summary>Copies put into a receiver's inbox.</summary>
    public long FramesDelivered { get; private set; }

    /// <summary>
    /// The world time of the `start` line, from which the scenario's times count: the nemesis judges partitions, link
    /// rules, broker outages and GST by plan time (world time minus this). Before it is set every frame is in the plan's past.
    /// </summary>
    public long PlanStartMs
    {
        get => Interlocked.Read(ref _planStartMs);
        set => Interlocked.Exchange(ref _planStartMs, value);
    }

    /// <summary>Wire and control frames by the signature scheme their bytes carry: what the run really used.</summary>
    public Dictionary<SignatureScheme, long> SignedFrames()
    {
        lock (_lock)
        {
            return new Dictionary<SignatureScheme, long>(_signedFrames);
        }
    }

    /// <summary>Ends every fault of the nemesis: the settle period.</summary>
    public void Heal()
    {
        lock (_lock)
        {
            _nemesis.Heal();
        }
    }

    /// <summary>A frame published on gl/{kit}/wire/{from}. Never throws, whatever the bytes.</summary>
    public void OnWire(int from, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        long now = _world.NowMs;
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
            Count(frame.Scheme);
            if (frame.To == FrameLimits.Broadcast)
            {
                // A frame for several receivers names them in its authenticator; every other broadcast reaches all. Either
                // way each receiver once and in id order, whatever order (or repeats) the entries have.
                bool named = frame.Scheme == SignatureScheme.HmacSha256Vector;
                if (named)
                {
                    MarkNamed(bytes, frame);
                }

                for (int to = 1; to <= _generals; to++)
                {
                    if (to != from && (!named || _named[to]))
                    {
                        Route(from, to, frame, bytes, now);
                    }

                    _named[to] = false;
                }
            }
            else if (frame.To >= 1 && frame.To <= _generals)
            {
                Route(from, frame.To, frame, bytes, now);
            }
        }
    }

    /// <summary>
    /// A copy's delivery time has come (the world calls this): into the inbox, or dropped when the receiver cannot take it.
    /// <paramref name="sent"/> is the copy's `send` line, null when the traffic is not recorded.
    /// </summary>
    public void Deliver(int to, byte[] bytes, HistoryEvent? sent)
    {
        DeliveryResult result = _world.Deliver(to, bytes);
        if (result != DeliveryResult.Delivered)
        {
            if (sent != null)
            {
                _history.Record(SendEvent.Dropped(sent, _world.NowMs, result == DeliveryResult.ReceiverDown ? "receiver down" : "receiver backlog full"));
            }

            return;
        }

        lock (_lock)
        {
            FramesDelivered++;
        }

        if (sent != null)
        {
            _history.Record(SendEvent.Delivered(sent, _world.NowMs));
        }

        _world.Step(to);
    }

    /// <summary>Telemetry published on gl/{kit}/n/{from}/events: recorded when authentic and fresh, else a counted drop.</summary>
    public void OnTelemetry(int from, byte[] bytes)
    {
        HistoryEvent e = Telemetry.OnEvents(from, bytes, _world.NowMs);
        _history.Record(e);
        if (e.Type != HistoryType.TelemetryRefused)
        {
            TelemetryAdmitted?.Invoke(e);
        }

        if (e.Type == HistoryType.Boot)
        {
            Booted?.Invoke(from, e.Incarnation);
        }
    }

    /// <summary>
    /// A status (or last will) published on gl/{kit}/n/{from}/status: checked and counted; only a refusal is recorded, and an
    /// admitted one is raised to <see cref="StatusAdmitted"/>.
    /// </summary>
    public void OnStatus(int from, byte[] bytes)
    {
        HistoryEvent? refused = Telemetry.OnStatus(from, bytes, _world.NowMs, out byte[]? state);
        if (refused != null)
        {
            _history.Record(refused);
        }
        else if (state != null)
        {
            StatusAdmitted?.Invoke(from, GeneralStatuses.Of(state));
        }
    }

    /// <summary>Counts a control frame the harness sends by the scheme its bytes carry.</summary>
    public void CountSignature(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout layout) == FrameRejection.None)
        {
            lock (_lock)
            {
                Count(layout.Scheme);
            }
        }
    }

    private void Count(SignatureScheme scheme)
    {
        if (scheme != SignatureScheme.None)
        {
            _signedFrames[scheme] = _signedFrames.GetValueOrDefault(scheme) + 1;
        }
    }

    // Marks in _named the generals of this run that the authenticator names (one pass over its entries, not one per general).
    private void MarkNamed(byte[] bytes, FrameLayout frame)
    {
        int entries = FrameAuthenticator.Entries(frame);
        for (int i = 0; i < entries; i++)
        {
            int receiver = FrameAuthenticator.ReceiverAt(bytes, frame, i);
            if (receiver >= 1 && receiver <= _generals)
            {
                _named[receiver] = true;
            }
        }
    }

    private void Route(int from, int to, FrameLayout frame, byte[] bytes, long now)
    {
        FramesSent++;

        // Without a traffic history no line of this copy is made: the network's work per frame is the nemesis's and the world's.
        HistoryEvent? sent = _recordTraffic ? SendEvent.For(now, from, to, frame, bytes) : null;
        if (sent != null)
        {
            _history.Record(sent);
        }

        foreach (NemesisAction action in _nemesis.Decide(from, to, bytes, now - PlanStartMs))
        {
            if (action.Type != HistoryType.Deliver && sent != null)
            {
                _history.Record(SendEvent.Fate(sent, action));
            }

            if (action.Deliver)
            {
                _world.ScheduleDelivery(now + action.DelayMs, to, action.Bytes, sent);
            }
        }
    }
}
