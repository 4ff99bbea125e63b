using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using NSubstitute;

namespace Generals.Core.Tests.Node;

/// <summary>Every event and status a General publishes is sealed with its telemetry key under a counter that only grows.</summary>
public class TelemetrySealTests
{
    [Fact]
    public void Report_EveryEvent_CarriesAValidTagUnderTheTelemetryKeyOnly()
    {
        var g = new TestGeneral(1, [2]);
        g.General.Boot(g.Records, 0);
        g.General.Control(g.ControlFrame(new SendStreamCommand(2, 3, 10, 100), 1), 0);
        g.General.Tick(0);

        List<byte[]> events = Events(g.Drain());

        Assert.True(events.Count >= 2, "boot and the first send were reported");
        Assert.All(events, e => Assert.True(Verifies(TestGeneral.TelemetryMac, e)));
        Assert.All(events, e => Assert.False(Verifies(new FrameMac(new byte[FrameMac.KeyBytes]), e)));
    }

    [Fact]
    public void Report_AcrossEventsAndReboots_CounterStrictlyGrows()
    {
        var records = new MemoryRecords();
        var counters = new List<ulong>();
        for (int boot = 0; boot < 3; boot++)
        {
            var g = new TestGeneral(1, [2], records: records);
            g.General.Boot(records, 0);
            g.General.Control(g.ControlFrame(new SendStreamCommand(2, 2, 10, 100 + (10 * boot)), (uint)(boot + 1)), 0);
            g.General.Tick(0);
            g.General.Tick(10);

            counters.AddRange(Events(g.Drain()).Select(Counter));
        }

        Assert.True(counters.Count >= 9, "each boot reported its boot and two sends");
        Assert.Equal(counters.Order(), counters);
        Assert.Equal(counters.Count, counters.Distinct().Count());
    }

    [Fact]
    public void Start_Connects_WithSealedOfflineWillAboveTheSealedOnline()
    {
        var (runtime, transport, wills, statuses) = Runtime(connects: [true]);

        runtime.Start();

        byte[] will = Assert.Single(wills);
        byte[] online = Assert.Single(statuses);
        Assert.True(Verifies(TestGeneral.TelemetryMac, will));
        Assert.True(Verifies(TestGeneral.TelemetryMac, online));
        Assert.Equal(StatusPayload.Offline, Payload(will));
        Assert.Equal(StatusPayload.Online, Payload(online));
        Assert.True(Counter(will) > Counter(online), "a late will never outranks the online it follows");
        transport.Received(1).Publish("gl/lab/n/1/status", online, 1, true);
    }

    [Fact]
    public void Step_Reconnects_NextOnlineIsAboveEveryEarlierWill()
    {
        var (runtime, _, wills, statuses) = Runtime(connects: [true, true]);
        runtime.Start();

        runtime.Step();

        Assert.Equal(2, wills.Count);
        Assert.Equal(2, statuses.Count);
        Assert.True(Counter(statuses[1]) > Counter(wills[0]), "the first connection's will is older than the second online");
        Assert.True(Counter(wills[1]) > Counter(statuses[1]));
    }

    private static (NodeRuntime Runtime, ITransport Transport, List<byte[]> Wills, List<byte[]> Statuses) Runtime(bool[] connects)
    {
        ITransport transport = Substitute.For<ITransport>();
        var wills = new List<byte[]>();
        var statuses = new List<byte[]>();
        int attempts = 0;
        transport.TryConnect(Arg.Do<byte[]>(wills.Add)).Returns(_ => attempts < connects.Length && connects[attempts++]);
        transport.IsConnected.Returns(false);
        transport.Publish(Arg.Is("gl/lab/n/1/status"), Arg.Do<byte[]>(statuses.Add), Arg.Any<int>(), Arg.Any<bool>()).Returns(true);
        var g = new TestGeneral(1, [2]);
        IStore store = Substitute.For<IStore>();
        store.Read(default!).ReturnsForAnyArgs((byte[])null!);
        var runtime = new NodeRuntime(g.General, transport, store, Substitute.For<IClock>(), Substitute.For<IBoard>(), TestGeneral.Kit, 1);
        return (runtime, transport, wills, statuses);
    }

    private static List<byte[]> Events(List<NodeOutput> outputs) =>
        outputs.Where(o => o.Target.EndsWith("/events", StringComparison.Ordinal)).Select(o => o.Bytes).ToList();

    private static bool Verifies(FrameMac mac, byte[] bytes) =>
        FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout layout) == FrameRejection.None && mac.Verifies(bytes, 0, layout);

    private static ulong Counter(byte[] bytes)
    {
        FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout layout);
        return ((ulong)layout.Incarnation << 32) | layout.Sequence;
    }

    private static byte[] Payload(byte[] bytes)
    {
        FrameCodec.TryDecode(bytes, out Frame frame);
        return frame.Payload;
    }
}
