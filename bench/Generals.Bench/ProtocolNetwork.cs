using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Bench;

/// <summary>
/// The least driver that runs protocol modules to a decision: every message arrives 1 ms after it was sent,
/// ticks happen when asked. No General, codec or nemesis: it measures the protocol modules alone.
/// </summary>
internal sealed class ProtocolNetwork
{
    private readonly BenchContext[] _contexts;
    private readonly INodeModule[] _modules;
    private readonly List<(long AtMs, int From, int To, uint Instance, int Round, byte[] Payload)> _inFlight = [];
    private long _nowMs;

    public ProtocolNetwork(int generals, Func<INodeModule> factory)
    {
        var keys = new IdealSignatures(1);
        _contexts = new BenchContext[generals];
        _modules = new INodeModule[generals];
        for (int i = 0; i < generals; i++)
        {
            int id = i + 1;
            _contexts[i] = new BenchContext(id, Enumerable.Range(1, generals).Where(p => p != id).ToArray(), keys.SignerFor(id), keys);
            _modules[i] = factory();
            _modules[i].Boot(_contexts[i]);
        }
    }

    public int Messages { get; private set; }

    public int Decisions { get; private set; }

    public void Control(ControlCommand command)
    {
        for (int i = 0; i < _modules.Length; i++)
        {
            _contexts[i].NowMs = _nowMs;
            _modules[i].Control(_contexts[i], command);
            Collect(i);
        }
    }

    public void Run(long endMs)
    {
        while (true)
        {
            long next = _inFlight.Count == 0 ? long.MaxValue : _inFlight.Min(f => f.AtMs);
            next = Math.Min(next, _contexts.Min(c => c.NextWakeMs));
            if (next > endMs)
            {
                return;
            }

            _nowMs = next;
            var due = _inFlight.Where(f => f.AtMs <= _nowMs).ToList();
            _inFlight.RemoveAll(f => f.AtMs <= _nowMs);
            foreach (var message in due)
            {
                int i = message.To - 1;
                _contexts[i].NowMs = _nowMs;
                var frame = new Frame(FrameKind.Protocol, "bench", new FrameRoute(message.From, message.To),
                    new FrameStamp(1, 1, message.Instance, message.Round), message.Payload);
                _modules[i].Receive(_contexts[i], frame);
                Collect(i);
            }

            for (int i = 0; i < _modules.Length; i++)
            {
                if (_contexts[i].NextWakeMs <= _nowMs)
                {
                    _contexts[i].NowMs = _nowMs;
                    _contexts[i].NextWakeMs = long.MaxValue;
                    _modules[i].Tick(_contexts[i]);
                    Collect(i);
                }
            }
        }
    }

    private void Collect(int i)
    {
        BenchContext context = _contexts[i];
        foreach (var sent in context.Outbox)
        {
            _inFlight.Add((_nowMs + 1, context.Id, sent.To, sent.Instance, sent.Round, sent.Payload));
        }

        Messages += context.Outbox.Count;
        Decisions += context.Decisions;
        context.Outbox.Clear();
        context.Decisions = 0;
    }

    private sealed class BenchContext(int id, int[] peers, ISigner signer, IVerifier verifier) : INodeContext
    {
        private readonly Dictionary<string, byte[]> _store = [];

        public int Id { get; } = id;

        public string Kit => "bench";

        public uint Incarnation => 1;

        public int[] Peers { get; } = peers;

        public long NowMs { get; set; }

        public Prng Random { get; } = new(7);

        public ISigner Signer { get; } = signer;

        public IVerifier Verifier { get; } = verifier;

        public List<(int To, uint Instance, int Round, byte[] Payload)> Outbox { get; } = [];

        public int Decisions { get; set; }

        public long NextWakeMs { get; set; } = long.MaxValue;

        public void Send(int to, FrameKind kind, uint instance, int round, byte[] payload) => Outbox.Add((to, instance, round, payload));

        public void SendToEach(int[] receivers, int count, FrameKind kind, uint instance, int round, IPayloadWriter payload)
        {
            for (int i = 0; i < count; i++)
            {
                Send(receivers[i], kind, instance, round, PayloadBytes.ToArray(payload));
            }
        }

        public void Persist(string name, byte[] record) => _store[name] = record;

        public byte[] Load(string name) => _store.TryGetValue(name, out byte[]? record) ? record : null!;

        public void Report(TelemetryEvent telemetry) => Decisions += telemetry.Type == TelemetryType.Decided ? 1 : 0;

        public void WakeAt(long atMs) => NextWakeMs = Math.Min(NextWakeMs, atMs);
    }
}
