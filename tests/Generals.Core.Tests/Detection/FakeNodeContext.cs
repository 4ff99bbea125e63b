using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Detection;

/// <summary>A node context for module tests: settable clock, recorded sends, reports and store; WakeAt does not allocate.</summary>
internal sealed class FakeNodeContext : INodeContext
{
    private readonly Dictionary<string, byte[]> _store = [];

    public FakeNodeContext(int id, int[] peers, uint incarnation = 1, ulong seed = 7)
    {
        Id = id;
        Peers = peers;
        Incarnation = incarnation;
        Random = new Prng(seed);
    }

    public int Id { get; }

    public string Kit => "lab";

    public uint Incarnation { get; set; }

    public int[] Peers { get; }

    public long NowMs { get; set; }

    public Prng Random { get; }

    public ISigner Signer => null!;

    public IVerifier Verifier => null!;

    public List<SentFrame> Sent { get; } = [];

    public List<TelemetryEvent> Reports { get; } = [];

    /// <summary>The earliest wake-up asked for since the last <see cref="ClearWake"/>.</summary>
    public long WakeMs { get; private set; } = long.MaxValue;

    public bool CaptureSends { get; set; } = true;

    public void Send(int to, FrameKind kind, uint instance, int round, byte[] payload)
    {
        if (CaptureSends)
        {
            Sent.Add(new SentFrame(NowMs, to, kind, payload));
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

    public byte[]? Load(string name) => _store.TryGetValue(name, out byte[]? record) ? record : null;

    public void Report(TelemetryEvent telemetry) => Reports.Add(telemetry);

    public void WakeAt(long atMs) => WakeMs = Math.Min(WakeMs, atMs);

    public void ClearWake() => WakeMs = long.MaxValue;

    /// <summary>A heartbeat frame as <paramref name="from"/> would send it.</summary>
    public static Frame Heartbeat(int from, uint incarnation, uint number)
    {
        byte[] payload = new byte[4];
        Bytes.WriteUInt32(payload, 0, number);
        return new Frame(FrameKind.Heartbeat, "lab", new FrameRoute(from, FrameLimits.Broadcast),
            new FrameStamp(incarnation, number, 0, 0), payload);
    }
}

/// <summary>One frame a module asked to send.</summary>
internal sealed record SentFrame(long AtMs, int To, FrameKind Kind, byte[] Payload);
