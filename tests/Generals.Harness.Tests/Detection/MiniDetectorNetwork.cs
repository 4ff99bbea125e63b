using Generals.Core.Crypto;
using Generals.Core.Detection;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.History;

namespace Generals.Harness.Tests.Detection;

/// <summary>
/// A deliberately tiny discrete-event network for end-to-end detector tests until the harness simulator lands:
/// Generals running <see cref="DetectorModule"/>, heartbeats with seeded loss and delay, crashes, restarts with a
/// new incarnation (the store survives), pauses, and a history of deliveries, faults and suspicion changes.
/// </summary>
internal sealed class MiniDetectorNetwork
{
    private readonly PriorityQueue<Action, (long TimeMs, long Order)> _queue = new();
    private readonly List<HistoryEvent> _history = [];
    private readonly Dictionary<int, Node> _nodes = [];
    private readonly Prng _random;
    private long _order;
    private long _nowMs;

    public MiniDetectorNetwork(int generals, ulong seed)
    {
        _random = new Prng(seed);
        int[] ids = Enumerable.Range(1, generals).ToArray();
        foreach (int id in ids)
        {
            _nodes[id] = new Node(this, id, ids.Where(p => p != id).ToArray(), _random.Fork());
        }
    }

    /// <summary>Delay of one heartbeat in flight at the given time (ms); set per test.</summary>
    public Func<long, Prng, long> Delay { get; set; } = (_, _) => 10;

    /// <summary>Probability that one heartbeat copy is lost, at the given time.</summary>
    public Func<long, double> Loss { get; set; } = _ => 0;

    public IReadOnlyList<HistoryEvent> History => _history;

    public void StartDetectors(DetectorKind kind, long intervalMs, long timeoutMs, long jitterMs = 0)
    {
        foreach (Node node in _nodes.Values)
        {
            node.Module.Boot(node);
            node.Module.Control(node, new StartDetectorCommand((long)kind, intervalMs, timeoutMs, jitterMs));
        }
    }

    public void CrashAt(long timeMs, int id) => At(timeMs, () =>
    {
        _nodes[id].Crashed = true;
        _history.Add(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Crash, General = id, Detail = "stop", RestartAfterMs = -1 });
    });

    /// <summary>Powers the General again: a fresh module, the next incarnation, the same store.</summary>
    public void RestartAt(long timeMs, int id) => At(timeMs, () =>
    {
        Node node = _nodes[id].Restarted();
        _nodes[id] = node;
        _history.Add(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Restart, General = id });
        _history.Add(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Boot, General = id, Incarnation = node.Incarnation });
        node.Module.Boot(node);
    });

    /// <summary>The General takes no steps from <paramref name="fromMs"/> to <paramref name="untilMs"/>; frames wait for it.</summary>
    public void PauseBetween(long fromMs, long untilMs, int id)
    {
        At(fromMs, () =>
        {
            _nodes[id].Paused = true;
            _history.Add(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Pause, General = id });
        });
        At(untilMs, () =>
        {
            _history.Add(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Resume, General = id });
            _nodes[id].Resume();
        });
    }

    public void GstAt(long timeMs) => At(timeMs, () => _history.Add(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Gst }));

    public void RunUntil(long endMs)
    {
        while (_queue.TryPeek(out _, out (long TimeMs, long Order) key) && key.TimeMs <= endMs)
        {
            _nowMs = key.TimeMs;
            _queue.Dequeue()();
        }

        _nowMs = endMs;
        _history.Add(new HistoryEvent { TimeMs = endMs, Type = HistoryType.Control, Detail = "end" });
    }

    private void At(long timeMs, Action action) => _queue.Enqueue(action, (timeMs, _order++));

    private sealed class Node(MiniDetectorNetwork network, int id, int[] peers, Prng random) : INodeContext
    {
        private readonly List<Frame> _waiting = [];
        private Dictionary<string, byte[]> _store = [];
        private long _wakeMs = long.MaxValue;

        public DetectorModule Module { get; } = new();

        public bool Crashed { get; set; }

        public bool Paused { get; set; }

        public int Id => id;

        public string Kit => "lab";

        public uint Incarnation { get; private init; } = 1;

        public int[] Peers => peers;

        public long NowMs => network._nowMs;

        public Prng Random => random;

        public ISigner Signer => null!;

        public IVerifier Verifier => null!;

        public void Send(int to, FrameKind kind, uint instance, int round, byte[] payload)
        {
            var frame = new Frame(kind, Kit, new FrameRoute(id, to), new FrameStamp(Incarnation, 0, instance, round), payload);
            foreach (int peer in peers)
            {
                if (network._random.Chance(network.Loss(NowMs)))
                {
                    continue;
                }

                network.At(NowMs + network.Delay(NowMs, network._random), () =>
                {
                    Node receiver = network._nodes[peer];
                    if (receiver.Crashed)
                    {
                        return;
                    }

                    network._history.Add(new HistoryEvent
                    {
                        TimeMs = network._nowMs, Type = HistoryType.Deliver, From = id, To = peer, Kind = kind,
                    });
                    if (receiver.Paused)
                    {
                        receiver._waiting.Add(frame);
                        return;
                    }

                    receiver.Module.Receive(receiver, frame);
                });
            }
        }
        public void SendToEach(int[] receivers, int count, FrameKind kind, uint instance, int round, IPayloadWriter payload)
        {
            for (int i = 0; i < count; i++)
            {
                Send(receivers[i], kind, instance, round, PayloadBytes.ToArray(payload));
            }
        }


        public void Persist(string name, byte[] record) => _store[name] = record;

        public byte[] Load(string name) => _store.GetValueOrDefault(name)!;

        public Node Restarted() => new(network, id, peers, random.Fork()) { Incarnation = Incarnation + 1, _store = _store };

        // Frames that waited are taken first, then the missed deadlines: the order a runtime uses on waking.
        public void Resume()
        {
            Paused = false;
            foreach (Frame frame in _waiting)
            {
                Module.Receive(this, frame);
            }

            _waiting.Clear();
            _wakeMs = long.MaxValue;
            Module.Tick(this);
        }

        public void Report(TelemetryEvent telemetry)
        {
            if (telemetry is SuspectEvent or TrustEvent)
            {
                network._history.Add(TelemetryHistory.Translate(telemetry, id, Incarnation, NowMs));
            }
        }

        public void WakeAt(long atMs)
        {
            if (atMs >= _wakeMs || atMs == long.MaxValue)
            {
                return;
            }

            _wakeMs = atMs;
            network.At(Math.Max(atMs, NowMs), () =>
            {
                if (Crashed || Paused || _wakeMs != atMs)
                {
                    return;
                }

                _wakeMs = long.MaxValue;
                Module.Tick(this);
            });
        }
    }
}
