using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Node;

/// <summary>A General wired by hand for unit tests: ideal signatures, an in-memory store that applies writes at once.</summary>
internal sealed class TestGeneral
{
    public const string Kit = "lab";

    /// <summary>Every test General's telemetry key (its tags are checked with <see cref="TelemetryMac"/>).</summary>
    public static readonly byte[] TelemetryKey = [.. Enumerable.Range(1, FrameMac.KeyBytes).Select(i => (byte)i)];

    public TestGeneral(int id, int[] peers, bool reliable = false, bool authenticated = false, MemoryRecords? records = null, ulong kitSeed = 7, bool durable = false)
    {
        Id = id;
        Signatures = new IdealSignatures(kitSeed);
        Records = records ?? new MemoryRecords();
        General = new General(
            new NodeSettings
            {
                Kit = Kit, Id = id, Peers = peers, Reliable = reliable, Authenticated = authenticated, DurableSend = durable,
                Signer = Signatures.SignerFor(id), Verifier = Signatures, TelemetryKey = TelemetryKey, Seed = 1,
                LinkKeys = authenticated ? LinkKeysOf(id, peers) : null,
            },
            StandardModules.Create());
    }

    public int Id { get; }

    public IdealSignatures Signatures { get; }

    public MemoryRecords Records { get; }

    public General General { get; }

    /// <summary>The key test Generals <paramref name="a"/> and <paramref name="b"/> share: the same whichever end asks.</summary>
    public static byte[] PairKey(int a, int b) =>
        [.. Enumerable.Range(0, FrameMac.KeyBytes).Select(i => (byte)((Math.Min(a, b) * 31) + (Math.Max(a, b) * 7) + i))];

    /// <summary>General <paramref name="id"/>'s link keys with each of <paramref name="peers"/>.</summary>
    public static LinkKeys LinkKeysOf(int id, int[] peers)
    {
        var keys = new LinkKeys();
        foreach (int peer in peers)
        {
            keys.Set(peer, PairKey(id, peer));
        }

        return keys;
    }

    /// <summary>A checker of the telemetry key's tags.</summary>
    public static FrameMac TelemetryMac => new(TelemetryKey);

    public TestGeneral Boot(long nowMs = 0)
    {
        General.Boot(Records, nowMs);
        Drain();
        return this;
    }

    /// <summary>Carries out every output: writes go to the records, publishes are returned.</summary>
    public List<NodeOutput> Drain()
    {
        var published = new List<NodeOutput>();
        for (NodeOutput o = General.TakeOutput(); o != null; o = General.TakeOutput())
        {
            if (o.Kind == NodeOutputKind.StoreWrite)
            {
                Records.Write(o.Target, o.Bytes);
            }
            else
            {
                published.Add(o);
            }
        }

        return published;
    }

    /// <summary>A control frame from the harness, signed with the harness key unless told otherwise.</summary>
    public byte[] ControlFrame(ControlCommand command, uint sequence, bool sign = true, ISigner? signer = null) =>
        ControlFrame(ControlCodec.Encode(command), sequence, sign, signer);

    /// <summary>A control frame carrying <paramref name="payload"/> as it is (a command no codec would write).</summary>
    public byte[] ControlFrame(byte[] payload, uint sequence, bool sign = true, ISigner? signer = null)
    {
        var frame = new Frame(FrameKind.Control, Kit, new FrameRoute(0, Id), new FrameStamp(1, sequence, 0, 0), payload);
        if (sign)
        {
            ISigner s = signer ?? Signatures.SignerFor(0);
            frame = frame.WithSignature(s.Scheme, s.Sign(FrameCodec.EncodeSignedPart(frame, true)));
        }

        return FrameCodec.Encode(frame);
    }

    /// <summary>The telemetry events among <paramref name="outputs"/>, decoded (each must decode).</summary>
    public static List<TelemetryEvent> Telemetry(IEnumerable<NodeOutput> outputs) =>
        outputs.Where(o => o.Target.EndsWith("/events", StringComparison.Ordinal))
            .Select(o =>
            {
                FrameCodec.TryDecode(o.Bytes, out Frame f);
                return TelemetryCodec.TryDecode(f.Payload) ?? throw new InvalidOperationException("a General's telemetry decodes");
            }).ToList();

    public static List<Frame> Frames(IEnumerable<NodeOutput> outputs) =>
        outputs.Where(o => o.IsProtocolFrame).Select(o => { FrameCodec.TryDecode(o.Bytes, out Frame f); return f; }).ToList();
}

/// <summary>Records in memory; every write durable at once (crash tests use the simulator's store).</summary>
internal sealed class MemoryRecords : IRecordSource
{
    private readonly Dictionary<string, byte[]> _records = [];

    public byte[] Read(string name) => _records.TryGetValue(name, out byte[]? r) ? r : null!;

    public void Write(string name, byte[] record) => _records[name] = record;

    public void Remove(string name) => _records.Remove(name);

    public IReadOnlyCollection<string> Names => _records.Keys;

    /// <summary>A copy of every record (a store image to damage without touching the original).</summary>
    public MemoryRecords Copy()
    {
        var copy = new MemoryRecords();
        foreach (KeyValuePair<string, byte[]> record in _records)
        {
            copy._records[record.Key] = (byte[])record.Value.Clone();
        }

        return copy;
    }
}
