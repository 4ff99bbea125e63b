using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Protocols;

/// <summary>A frame a module asked to send, with the node time it asked.</summary>
internal sealed record SentMessage(int From, int To, uint Instance, int Round, byte[] Payload, long AtMs);

/// <summary>
/// The INodeContext a General would hand a module, reduced to what the protocol tests observe: sends go to an
/// outbox, persists to a dictionary that stands for the (always flushed) store, and every persist and report is
/// logged in order so a test can prove a decision was persisted before it was reported.
/// </summary>
internal sealed class FakeNodeContext : INodeContext
{
    public const string TestKit = "test";

    public FakeNodeContext(int id, int[] peers, uint incarnation, ISigner signer, IVerifier verifier, Dictionary<string, byte[]> store)
    {
        Id = id;
        Peers = peers;
        Incarnation = incarnation;
        Signer = signer;
        Verifier = verifier;
        Store = store;
        Random = new Prng((ulong)id * 1000 + incarnation);
    }

    public int Id { get; }

    public string Kit => TestKit;

    public uint Incarnation { get; }

    public int[] Peers { get; }

    public long NowMs { get; set; }

    public Prng Random { get; }

    public ISigner Signer { get; }

    public IVerifier Verifier { get; }

    public Dictionary<string, byte[]> Store { get; }

    public List<SentMessage> Outbox { get; } = [];

    public List<TelemetryEvent> Reports { get; } = [];

    /// <summary>"persist name" and "report Type" in the order the module called them.</summary>
    public List<string> Operations { get; } = [];

    public long NextWakeMs { get; set; } = long.MaxValue;

    public void Send(int to, FrameKind kind, uint instance, int round, byte[] payload)
    {
        Assert.Equal(FrameKind.Protocol, kind);
        Outbox.Add(new SentMessage(Id, to, instance, round, payload, NowMs));
    }
    /// <summary>Recorded as one message per receiver: the fake has no frames to share.</summary>
    public void SendToEach(int[] receivers, int count, FrameKind kind, uint instance, int round, IPayloadWriter payload)
    {
        for (int i = 0; i < count; i++)
        {
            Send(receivers[i], kind, instance, round, PayloadBytes.ToArray(payload));
        }
    }


    public void Persist(string name, byte[] record)
    {
        Store[name] = record;
        Operations.Add("persist " + name);
    }

    public byte[] Load(string name) => Store.TryGetValue(name, out byte[]? record) ? record : null!;

    public void Report(TelemetryEvent telemetry)
    {
        Reports.Add(telemetry);
        Operations.Add("report " + telemetry.Type);
    }

    public void WakeAt(long atMs) => NextWakeMs = Math.Min(NextWakeMs, atMs);
}
