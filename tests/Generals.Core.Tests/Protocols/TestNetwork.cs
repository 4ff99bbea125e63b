using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Protocols;

/// <summary>A decision as reported: who, which instance, what, and when (network time).</summary>
internal sealed record Decision(int General, uint Instance, int Value, long AtMs);

/// <summary>A rejection as reported: who rejected what from whom, and why.</summary>
internal sealed record Rejection(int General, RejectReason Reason, int From, long Detail);

/// <summary>
/// A tiny synchronous network for protocol modules, no simulator: generals 1..n each run one module behind a
/// <see cref="FakeNodeContext"/>; a sent message arrives <see cref="LatencyMs"/> later unless <see cref="Drop"/>
/// says otherwise; ticks happen when a module asked for them. Generals can be powered off and restarted with
/// their store (every persist counts as flushed), with a continuous or a restarted clock.
/// </summary>
internal sealed class TestNetwork
{
    private const int StepsMax = 1_000_000;

    private readonly Func<INodeModule> _factory;
    private readonly IdealSignatures _keys = new(0x5EED);
    private readonly Dictionary<int, Node> _nodes = [];
    private readonly List<(long AtMs, SentMessage Message)> _inFlight = [];
    private long _nowMs;
    private uint _sequence;

    public TestNetwork(int generals, Func<INodeModule> factory)
    {
        _factory = factory;
        for (int id = 1; id <= generals; id++)
        {
            var node = new Node(id, Enumerable.Range(1, generals).Where(p => p != id).ToArray());
            _nodes[id] = node;
            Boot(node, 1, 0);
        }
    }

    public long LatencyMs { get; set; } = 1;

    /// <summary>Drops a message when it returns true.</summary>
    public Func<SentMessage, bool> Drop { get; set; } = _ => false;

    public long NowMs => _nowMs;

    public List<SentMessage> Sent { get; } = [];

    public List<Decision> Decisions { get; } = [];

    public List<Rejection> Rejections { get; } = [];

    public IEnumerable<int> Generals => _nodes.Keys;

    public INodeModule Module(int id) => _nodes[id].Module;

    public FakeNodeContext Context(int id) => _nodes[id].Context;

    /// <summary>The decision <paramref name="general"/> last reported for <paramref name="instance"/>, or null.</summary>
    public int? DecisionOf(int general, uint instance) =>
        Decisions.LastOrDefault(d => d.General == general && d.Instance == instance)?.Value;

    public void Control(int id, ControlCommand command)
    {
        Node node = _nodes[id];
        if (!node.Up)
        {
            return;
        }

        node.Context.NowMs = _nowMs - node.ClockOffsetMs;
        node.Module.Control(node.Context, command);
        Collect(node);
    }

    public void ControlAll(ControlCommand command)
    {
        foreach (int id in _nodes.Keys)
        {
            Control(id, command);
        }
    }

    public void SetTraitor(int id, TraitorStrategy strategy, long parameter = 0, ulong planSeed = 0) =>
        Control(id, new SetTraitorCommand((long)strategy, parameter, (long)planSeed));

    /// <summary>StartInstance at every general (the harness sends it to all at the same time).</summary>
    public void Start(int protocol, uint instance, int commander, int order, int m, int roundMs = 100, int startDelayMs = 10) =>
        ControlAll(new StartInstanceCommand(protocol, instance, commander, order, m, roundMs, startDelayMs, 0));

    /// <summary>Cuts power: in-memory state and messages in flight to it are lost; the store stays.</summary>
    public void PowerOff(int id) => _nodes[id].Up = false;

    /// <summary>Powers on: a new module boots with the store; the clock continues, or restarts at 0.</summary>
    public void Restart(int id, bool clockRestarts)
    {
        Node node = _nodes[id];
        Boot(node, node.Context.Incarnation + 1, clockRestarts ? _nowMs : 0);
    }

    public void RunUntil(long endMs)
    {
        for (int step = 0; step < StepsMax; step++)
        {
            long next = NextEventMs();
            if (next > endMs)
            {
                _nowMs = endMs;
                return;
            }

            _nowMs = Math.Max(_nowMs, next);
            DeliverDue();
            TickDue();
        }

        throw new InvalidOperationException("the test network did not settle");
    }

    private void Boot(Node node, uint incarnation, long clockOffsetMs)
    {
        node.Module = _factory();
        node.Context = new FakeNodeContext(node.Id, node.Peers, incarnation, _keys.SignerFor(node.Id), _keys, node.Store);
        node.ClockOffsetMs = clockOffsetMs;
        node.Context.NowMs = _nowMs - clockOffsetMs;
        node.Up = true;
        node.Module.Boot(node.Context);
        Collect(node);
    }

    private long NextEventMs()
    {
        long next = long.MaxValue;
        foreach ((long atMs, _) in _inFlight)
        {
            next = Math.Min(next, atMs);
        }

        foreach (Node node in _nodes.Values.Where(n => n.Up && n.Context.NextWakeMs != long.MaxValue))
        {
            next = Math.Min(next, node.Context.NextWakeMs + node.ClockOffsetMs);
        }

        return next;
    }

    private void DeliverDue()
    {
        var due = _inFlight.Where(f => f.AtMs <= _nowMs).ToList();
        _inFlight.RemoveAll(f => f.AtMs <= _nowMs);
        foreach ((_, SentMessage message) in due)
        {
            Node node = _nodes[message.To];
            if (!node.Up)
            {
                continue;
            }

            _sequence++;
            var frame = new Frame(FrameKind.Protocol, FakeNodeContext.TestKit, new FrameRoute(message.From, message.To),
                new FrameStamp(1, _sequence, message.Instance, message.Round), message.Payload);
            node.Context.NowMs = _nowMs - node.ClockOffsetMs;
            if (node.Module.Accepts(frame))
            {
                node.Module.Receive(node.Context, frame);
            }

            Collect(node);
        }
    }

    private void TickDue()
    {
        foreach (Node node in _nodes.Values.Where(n => n.Up))
        {
            if (node.Context.NextWakeMs == long.MaxValue || node.Context.NextWakeMs + node.ClockOffsetMs > _nowMs)
            {
                continue;
            }

            node.Context.NowMs = _nowMs - node.ClockOffsetMs;
            node.Context.NextWakeMs = long.MaxValue;
            node.Module.Tick(node.Context);
            Collect(node);
        }
    }

    private void Collect(Node node)
    {
        foreach (SentMessage message in node.Context.Outbox)
        {
            Sent.Add(message with { AtMs = _nowMs });
            if (!Drop(message))
            {
                _inFlight.Add((_nowMs + LatencyMs, message));
            }
        }

        node.Context.Outbox.Clear();
        foreach (TelemetryEvent report in node.Context.Reports)
        {
            if (report is DecidedEvent decided)
            {
                Decisions.Add(new Decision(node.Id, (uint)decided.Instance, (int)decided.Value, _nowMs));
            }
            else if (report is RejectedEvent rejected)
            {
                Rejections.Add(new Rejection(node.Id, rejected.Reason, rejected.From, rejected.Detail));
            }
        }

        node.Context.Reports.Clear();
    }

    private sealed class Node(int id, int[] peers)
    {
        public int Id { get; } = id;

        public int[] Peers { get; } = peers;

        public Dictionary<string, byte[]> Store { get; } = [];

        public INodeModule Module { get; set; } = null!;

        public FakeNodeContext Context { get; set; } = null!;

        public long ClockOffsetMs { get; set; }

        public bool Up { get; set; }
    }
}
