using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using NSubstitute;

namespace Generals.Core.Tests.Node;

/// <summary>What a board reports at boot (BoardBooted, the self-test) and what its status LED shows.</summary>
public class BoardReportTests
{
    private readonly ITransport _transport = Substitute.For<ITransport>();
    private readonly IStore _store = Substitute.For<IStore>();
    private readonly IClock _clock = Substitute.For<IClock>();
    private readonly IBoard _board = Substitute.For<IBoard>();
    private readonly List<byte[]> _events = [];
    private bool _connected;

    public BoardReportTests()
    {
        _store.Read(default!).ReturnsForAnyArgs((byte[])null!);
        _transport.TryConnect(Arg.Any<byte[]>()).Returns(_ => _connected = true);
        _transport.IsConnected.Returns(_ => _connected);
        _transport.Publish(Arg.Is<string>(t => t.EndsWith("/events", StringComparison.Ordinal)), Arg.Do<byte[]>(_events.Add), Arg.Any<int>(), Arg.Any<bool>())
            .Returns(true);
    }

    [Fact]
    public void Start_WithBootReport_ReportsTheBoardAfterTheBootAndItsMeasurement()
    {
        _board.BootCount().Returns(7);
        _board.ResetCause().Returns(BoardResetCause.Software);
        _board.FreeMemoryBytes().Returns(61000);
        var measurement = new SelfTestEvent(SelfTestItem.Sha256, 9000, 256);
        var runtime = new NodeRuntime(new TestGeneral(1, [2]).General, _transport, _store, _clock, _board, TestGeneral.Kit, 1);

        runtime.Start(new BootReport { FirmwareVersion = BootReport.Version(1, 2, 3), SelfTest = SelfTestResult.Passed, Measurement = measurement });

        List<TelemetryEvent> events = Decoded();
        Assert.Equal([TelemetryType.Booted, TelemetryType.BoardBooted, TelemetryType.SelfTest], events.Select(e => e.Type));
        Assert.Equal([0x010203, 7, (long)BoardResetCause.Software, 61000, (long)SelfTestResult.Passed, -1], events[1].ToValues());
        Assert.Equal([(long)SelfTestItem.Sha256, 9000, 256], events[2].ToValues());
    }

    [Fact]
    public void Start_WithoutBootReport_ReportsNoBoard()
    {
        var runtime = new NodeRuntime(new TestGeneral(1, [2]).General, _transport, _store, _clock, _board, TestGeneral.Kit, 1);

        runtime.Start();

        Assert.DoesNotContain(Decoded(), e => e.Type == TelemetryType.BoardBooted);
    }

    [Fact]
    public void Step_SetTraitor_ShowsTraitorOnceAfterRunning()
    {
        var general = new TestGeneral(1, [2]);
        var runtime = new NodeRuntime(general.General, _transport, _store, _clock, _board, TestGeneral.Kit, 1);
        runtime.Start();
        _transport.TryReceive().Returns(new InboundMessage(InboundChannel.Control, general.ControlFrame(new SetTraitorCommand(4, 0, 1), 1)), null);

        runtime.Step();
        runtime.Step();

        Received.InOrder(() =>
        {
            _board.ShowStatus(BoardStatus.Connecting);
            _board.ShowStatus(BoardStatus.Running);
            _board.ShowStatus(BoardStatus.Traitor);
        });
        _board.Received(1).ShowStatus(BoardStatus.Traitor);
    }

    [Fact]
    public void Step_DetectorSuspectsASilentPeer_ShowsSuspecting()
    {
        long now = 0;
        _clock.NowMs.Returns(_ => now);
        var general = new TestGeneral(1, [2]);
        var runtime = new NodeRuntime(general.General, _transport, _store, _clock, _board, TestGeneral.Kit, 1);
        runtime.Start();
        _transport.TryReceive().Returns(new InboundMessage(InboundChannel.Control, general.ControlFrame(new StartDetectorCommand(1, 100, 300, 0), 1)), null);

        for (now = 0; now <= 1000; now += 50)
        {
            runtime.Step();
        }

        Assert.Equal(1, general.General.SuspectedPeers);
        _board.Received(1).ShowStatus(BoardStatus.Suspecting);
    }

    [Fact]
    public void CheckHashing_CoreSha256_PassesAndTimesABatch()
    {
        SelfTestResult result = CryptoSelfTest.CheckHashing(_clock, new Sha256(), out TelemetryEvent measurement);

        Assert.Equal(SelfTestResult.Passed, result);
        Assert.Equal(TelemetryType.SelfTest, measurement.Type);
        Assert.Equal([(long)SelfTestItem.Sha256, 0, CryptoSelfTest.HashBatch], measurement.ToValues());
    }

    [Fact]
    public void CheckHashing_HashThatGivesAWrongDigest_Fails()
    {
        ISha256 broken = Substitute.For<ISha256>();

        SelfTestResult result = CryptoSelfTest.CheckHashing(_clock, broken, out _);

        Assert.Equal(SelfTestResult.Failed, result);
    }

    [Fact]
    public void BootCounter_ThreeBoots_CountsOneTwoThreeAndADamagedCountStartsAgain()
    {
        var store = new MemoryStore();

        long[] counts = [BootCounter.Next(store), BootCounter.Next(store), BootCounter.Next(store)];
        store.Records[BootCounter.RecordName][2] ^= 0x40;
        long afterDamage = BootCounter.Next(store);

        Assert.Equal([1, 2, 3], counts);
        Assert.Equal(1, afterDamage);
        Assert.Equal(4, store.Flushes);
    }

    private List<TelemetryEvent> Decoded() =>
        [.. _events.Select(bytes =>
        {
            FrameCodec.TryDecode(bytes, out Frame frame);
            return TelemetryCodec.TryDecode(frame.Payload)!;
        })];

    private sealed class MemoryStore : IStore
    {
        public Dictionary<string, byte[]> Records { get; } = [];

        public int Flushes { get; private set; }

        public byte[] Read(string name) => Records.TryGetValue(name, out byte[]? record) ? record : null!;

        public void Write(string name, byte[] record) => Records[name] = record;

        public void Flush() => Flushes++;
    }
}
