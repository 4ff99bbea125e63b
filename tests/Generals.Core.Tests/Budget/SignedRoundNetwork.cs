using Generals.Core.Node;
using Generals.Core.Tests.Node;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Budget;

/// <summary>
/// Generals joined by a lossless network that delivers every frame at once, driven on one thread with virtual time, and
/// the bytes each General's Core calls allocate (GC.GetAllocatedBytesForCurrentThread around every call into it):
/// allocation on the host is deterministic, so a bound on it is a test, not a benchmark.
/// </summary>
internal sealed class SignedRoundNetwork
{
    /// <summary>Delivery passes per time step: every frame of a round reaches its destination in far fewer.</summary>
    private const int PassesMax = 64;

    private readonly TestGeneral[] _generals;
    private readonly long[] _allocated;
    private readonly Queue<(int To, byte[] Frame)> _inFlight = new();

    public SignedRoundNetwork(int generals, bool authenticated)
    {
        _generals = [.. Enumerable.Range(1, generals).Select(id =>
            new TestGeneral(id, [.. Enumerable.Range(1, generals).Where(p => p != id)], authenticated: authenticated))];
        _allocated = new long[generals + 1];
    }

    /// <summary>Bytes allocated so far inside general <paramref name="id"/>'s Core calls.</summary>
    public long AllocatedBy(int id) => _allocated[id];

    /// <summary>Decisions reported so far, by general.</summary>
    public Dictionary<int, long> Decisions { get; } = [];

    public void Boot()
    {
        foreach (TestGeneral g in _generals)
        {
            Measure(g.Id, () => g.General.Boot(g.Records, 0));
            Carry(g);
        }
    }

    /// <summary>The harness's StartInstance to every general.</summary>
    public void Start(StartInstanceCommand start)
    {
        foreach (TestGeneral g in _generals)
        {
            byte[] command = g.ControlFrame(start, 1);
            Measure(g.Id, () => g.General.Control(command, 0));
            Carry(g);
        }
    }

    /// <summary>Runs virtual time from 0 to <paramref name="endMs"/> in <paramref name="stepMs"/> steps: ticks, then deliveries.</summary>
    public void Run(long endMs, long stepMs)
    {
        for (long now = 0; now <= endMs; now += stepMs)
        {
            foreach (TestGeneral g in _generals)
            {
                if (now >= g.General.NextWakeMs)
                {
                    Measure(g.Id, () => g.General.Tick(now));
                    Carry(g);
                }
            }

            for (int pass = 0; pass < PassesMax && _inFlight.Count > 0; pass++)
            {
                int count = _inFlight.Count;
                for (int i = 0; i < count; i++)
                {
                    (int to, byte[] frame) = _inFlight.Dequeue();
                    TestGeneral g = _generals[to - 1];
                    Measure(to, () => g.General.Receive(frame, now));
                    Carry(g);
                }
            }
        }
    }

    private void Measure(int id, Action call)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        call();
        _allocated[id] += GC.GetAllocatedBytesForCurrentThread() - before;
    }

    // Takes the General's outputs (inside its measured Core calls) and routes its frames; store writes apply at once.
    private void Carry(TestGeneral g)
    {
        while (true)
        {
            NodeOutput? output = null;
            Measure(g.Id, () => output = g.General.TakeOutput());
            if (output == null)
            {
                return;
            }

            if (output.Kind == NodeOutputKind.StoreWrite)
            {
                g.Records.Write(output.Target, output.Bytes);
            }
            else if (output.IsProtocolFrame)
            {
                FrameCodec.TryRead(output.Bytes, 0, output.Bytes.Length, out FrameLayout layout);
                foreach (TestGeneral to in _generals.Where(t => t.Id != g.Id && (layout.To == FrameLimits.Broadcast || layout.To == t.Id)))
                {
                    _inFlight.Enqueue((to.Id, output.Bytes));
                }
            }
            else if (output.Target.EndsWith("/events", StringComparison.Ordinal))
            {
                FrameCodec.TryDecode(output.Bytes, out Frame frame);
                if (TelemetryCodec.TryDecode(frame.Payload) is DecidedEvent decided)
                {
                    Decisions[g.Id] = decided.Value;
                }
            }
        }
    }
}
