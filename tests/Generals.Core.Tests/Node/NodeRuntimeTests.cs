using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using NSubstitute;

namespace Generals.Core.Tests.Node;

public class NodeRuntimeTests
{
    private readonly ITransport _transport = Substitute.For<ITransport>();
    private readonly IStore _store = Substitute.For<IStore>();
    private readonly IClock _clock = Substitute.For<IClock>();
    private readonly IBoard _board = Substitute.For<IBoard>();
    private readonly TestGeneral _general = new(1, [2]);

    // An empty store: NSubstitute would answer an empty array, which is a damaged record, not a missing one.
    public NodeRuntimeTests() => _store.Read(default!).ReturnsForAnyArgs((byte[])null!);

    [Fact]
    public void Start_BootWritesIncarnation_FlushesBeforeFirstPublish()
    {
        _transport.TryConnect(Arg.Any<byte[]>()).Returns(true);
        _transport.Publish(default!, default!, default, default).ReturnsForAnyArgs(true);
        var runtime = new NodeRuntime(_general.General, _transport, _store, _clock, _board, TestGeneral.Kit, 1);

        runtime.Start();

        Received.InOrder(() =>
        {
            _store.Write("node/incarnation", Arg.Any<byte[]>());
            _store.Flush();
            _transport.Publish(Arg.Is<string>(t => t.EndsWith("/events", StringComparison.Ordinal)), Arg.Any<byte[]>(), Arg.Any<int>(), Arg.Any<bool>());
        });
    }

    [Fact]
    public void Step_BrokerDown_RetriesWithDoublingBackoffAndNeverTwiceEarly()
    {
        long now = 0;
        _clock.NowMs.Returns(_ => now);
        _transport.TryConnect(Arg.Any<byte[]>()).Returns(false);
        var runtime = new NodeRuntime(_general.General, _transport, _store, _clock, _board, TestGeneral.Kit, 1);
        runtime.Start();
        var attempts = new List<long> { 0 };
        int calls = 1;

        for (now = 1; now <= 1600; now++)
        {
            runtime.Step();
            int seen = _transport.ReceivedCalls().Count(c => c.GetMethodInfo().Name == nameof(ITransport.TryConnect));
            if (seen > calls)
            {
                attempts.Add(now);
                calls = seen;
            }
        }

        Assert.Equal([0, 100, 300, 700, 1500], attempts);
    }

    [Fact]
    public void Step_Reconnected_PublishesRetainedOnlineStatus()
    {
        long now = 0;
        _clock.NowMs.Returns(_ => now);
        _transport.TryConnect(Arg.Any<byte[]>()).Returns(false, true);
        var runtime = new NodeRuntime(_general.General, _transport, _store, _clock, _board, TestGeneral.Kit, 1);
        runtime.Start();
        now = 100;
        _transport.IsConnected.Returns(false);

        runtime.Step();

        _transport.Received(1).Publish("gl/lab/n/1/status", Arg.Is<byte[]>(b => IsOnlineStatus(b)), 1, true);
    }

    [Fact]
    public void Start_DamagedIncarnationRecord_ShowsFaultPublishesFailedAndWritesNothing()
    {
        _store.Read("node/incarnation").Returns([1, 2, 3, 4, 5, 6, 7, 8, 9]);
        _transport.TryConnect(Arg.Any<byte[]>()).Returns(true);
        _transport.Publish(default!, default!, default, default).ReturnsForAnyArgs(true);
        var runtime = new NodeRuntime(_general.General, _transport, _store, _clock, _board, TestGeneral.Kit, 1);

        runtime.Start();

        _board.Received().ShowStatus(BoardStatus.Fault);
        _board.DidNotReceive().ShowStatus(BoardStatus.Running);
        _transport.Received(1).Publish("gl/lab/n/1/status", Arg.Is<byte[]>(b => IsStatus(b, StatusPayload.Failed)), 1, true);
        _transport.DidNotReceive().Publish("gl/lab/n/1/status", Arg.Is<byte[]>(b => IsStatus(b, StatusPayload.Online)), Arg.Any<int>(), Arg.Any<bool>());
        _transport.Received(1).Publish("gl/lab/n/1/events", Arg.Any<byte[]>(), 1, false);
        _store.DidNotReceiveWithAnyArgs().Write(default!, default!);
        _store.DidNotReceive().Flush();
    }

    [Fact]
    public void Step_ControlStartsStream_WakesAtEachMessageAndSendsIt()
    {
        long now = 0;
        _clock.NowMs.Returns(_ => now);
        _transport.TryConnect(Arg.Any<byte[]>()).Returns(true);
        _transport.IsConnected.Returns(true);
        _transport.Publish(default!, default!, default, default).ReturnsForAnyArgs(true);
        var runtime = new NodeRuntime(_general.General, _transport, _store, _clock, _board, TestGeneral.Kit, 1);
        runtime.Start();
        _transport.TryReceive().Returns(
            new InboundMessage(InboundChannel.Control, _general.ControlFrame(new SendStreamCommand(2, 2, 50, 1), 1)), null);

        long wake = runtime.Step();
        now = wake;
        runtime.Step();

        Assert.Equal(50, wake);
        _transport.Received(2).Publish("gl/lab/wire/1", Arg.Any<byte[]>(), 0, false);
    }

    [Fact]
    public void Step_TelemetryWhileBrokerDown_IsPublishedInOrderAfterReconnect()
    {
        long now = 0;
        _clock.NowMs.Returns(_ => now);
        bool up = false;
        bool connected = false;
        _transport.TryConnect(Arg.Any<byte[]>()).Returns(_ => connected = up);
        _transport.IsConnected.Returns(_ => connected);
        var published = new List<string>();
        _transport.Publish(default!, default!, default, default).ReturnsForAnyArgs(call =>
        {
            if (up)
            {
                published.Add(call.ArgAt<string>(0));
            }

            return up;
        });
        var runtime = new NodeRuntime(_general.General, _transport, _store, _clock, _board, TestGeneral.Kit, 1);
        runtime.Start();
        Assert.Empty(published);

        up = true;
        now = 100;
        runtime.Step();

        Assert.Equal(["gl/lab/n/1/status", "gl/lab/n/1/events"], published);
        Assert.Equal(0, runtime.TelemetryDropped);
    }

    [Fact]
    public void Step_TelemetryPublishFailedWhileStillConnected_TriedAgainInOrderWithoutAReconnect()
    {
        long now = 0;
        _clock.NowMs.Returns(_ => now);
        List<byte[]> events = ConnectedWithFirstEventsPublishFailing();
        var runtime = new NodeRuntime(_general.General, _transport, _store, _clock, _board, TestGeneral.Kit, 1);
        runtime.Start();
        Assert.Empty(events);

        now = NodeRuntime.PendingRetryMs;
        runtime.Step();

        Assert.NotEmpty(events);
        Assert.True(FrameCodec.TryDecode(events[0], out Frame first) == FrameRejection.None && first.Stamp.Sequence == 1, "the boot report goes first");
        _transport.DidNotReceive().TryConnect(Arg.Any<byte[]>());
    }

    [Fact]
    public void Step_FrameMadeWhileTelemetryWaits_LeavesOnlyAfterTheTelemetryBeforeIt()
    {
        // A report that has not left yet (its publish timed out) holds back every frame made after it: an acknowledgement
        // must never reach its sender before the report of the delivery it acknowledges reaches the harness.
        long now = 0;
        _clock.NowMs.Returns(_ => now);
        bool eventsFail = true;
        List<(string Topic, byte[] Bytes)> taken = ConnectedWithEventsFailingWhile(() => eventsFail);
        var runtime = new NodeRuntime(_general.General, _transport, _store, _clock, _board, TestGeneral.Kit, 1);
        runtime.Start();
        _transport.TryReceive().Returns(
            new InboundMessage(InboundChannel.Control, _general.ControlFrame(new SendStreamCommand(2, 1, 50, 1), 1)), (InboundMessage)null!);
        now = runtime.Step();
        runtime.Step();
        Assert.DoesNotContain(taken, p => p.Topic == "gl/lab/wire/1");

        eventsFail = false;
        now += NodeRuntime.PendingRetryMs;
        runtime.Step();

        List<string> published = [.. taken.Select(p => p.Topic)];
        int wire = published.IndexOf("gl/lab/wire/1");
        Assert.True(wire > 0, "the frame left once the reports before it did: " + string.Join(" ", published));
        Assert.Equal("gl/lab/n/1/events", published[wire - 1]);
    }

    [Fact]
    public void Step_MoreWaitsThanTheQueueHolds_FramesGiveWayAndNoAcknowledgementLeavesAheadOfAReportItCovers()
    {
        // A session taken over (the soak's rogue with a stolen password): reports wait, and meanwhile the General delivers a
        // window of messages and answers each repeat with an acknowledgement, more outputs than the queue holds. Dropping
        // the oldest of them dropped delivery reports while a later cumulative acknowledgement, covering them, survived:
        // the sender then reported acknowledged messages the harness never saw delivered.
        long now = 0;
        _clock.NowMs.Returns(_ => now);
        bool eventsFail = true;
        List<(string Topic, byte[] Bytes)> published = ConnectedWithEventsFailingWhile(() => eventsFail);
        List<byte[]> window = DataFramesFromTwo(ReliableSenderWindow);
        var inbox = new Queue<InboundMessage>();
        for (int pass = 0; pass < 4; pass++)
        {
            window.ForEach(bytes => inbox.Enqueue(new InboundMessage(InboundChannel.Inbox, bytes)));
        }

        _transport.TryReceive().Returns(_ => inbox.Count > 0 ? inbox.Dequeue() : null!);
        var receiver = new TestGeneral(1, [2], reliable: true);
        var runtime = new NodeRuntime(receiver.General, _transport, _store, _clock, _board, TestGeneral.Kit, 1);
        runtime.Start();
        while (inbox.Count > 0)
        {
            runtime.Step();
        }

        eventsFail = false;
        now += NodeRuntime.PendingRetryMs;
        runtime.Step();

        int reported = 0;
        foreach ((string topic, byte[] bytes) in published)
        {
            Assert.Equal(FrameRejection.None, FrameCodec.TryDecode(bytes, out Frame frame));
            if (topic.EndsWith("/events", StringComparison.Ordinal) && TelemetryCodec.TryDecode(frame.Payload) is AppDeliveredEvent)
            {
                reported++;
            }
            else if (frame.Kind == FrameKind.Ack)
            {
                uint through = (uint)(frame.Payload[4] | (frame.Payload[5] << 8) | (frame.Payload[6] << 16) | (frame.Payload[7] << 24));
                Assert.True(through <= reported, $"an acknowledgement through {through} left after {reported} delivery reports");
            }
        }

        Assert.Equal(ReliableSenderWindow, reported);
        Assert.Equal(0, runtime.TelemetryDropped);
        Assert.True(runtime.PublishFailures > 0, "acknowledgements gave way, counted as frames lost");
    }

    private const int ReliableSenderWindow = 64;

    // General 2's reliable stream to general 1: the first <paramref name="count"/> Data frames, as its wire carries them.
    private static List<byte[]> DataFramesFromTwo(int count)
    {
        var sender = new TestGeneral(2, [1], reliable: true).Boot();
        sender.General.Control(sender.ControlFrame(new SendStreamCommand(1, count, 1, 1), 1), 0);
        var frames = new List<byte[]>();
        for (long t = 0; frames.Count < count && t < 10 * count; t++)
        {
            sender.General.Tick(t);
            frames.AddRange(sender.Drain().Where(o => o.IsProtocolFrame && FrameCodec.TryDecode(o.Bytes, out Frame f) == FrameRejection.None && f.Kind == FrameKind.Data)
                .Select(o => o.Bytes));
        }

        Assert.Equal(count, frames.Count);
        return frames;
    }

    [Fact]
    public void Run_StopWithTelemetryStillKept_PublishesItBeforeReturning()
    {
        List<byte[]> events = ConnectedWithFirstEventsPublishFailing();
        var runtime = new NodeRuntime(_general.General, _transport, _store, _clock, _board, TestGeneral.Kit, 1);
        runtime.Start();
        IStopSignal stop = Substitute.For<IStopSignal>();
        stop.StopRequested.Returns(true);

        runtime.Run(stop);

        Assert.NotEmpty(events);
    }

    private static bool IsOnlineStatus(byte[] bytes) => IsStatus(bytes, StatusPayload.Online);

    private static bool IsStatus(byte[] bytes, byte[] state) =>
        FrameCodec.TryDecode(bytes, out Frame frame) == FrameRejection.None && frame.Payload.SequenceEqual(state);

    /// <summary>
    /// A broker that stays connected and refuses every publish on the events topic while <paramref name="failing"/> says so
    /// (a publish that timed out, a session taken over); what it took, in order.
    /// </summary>
    private List<(string Topic, byte[] Bytes)> ConnectedWithEventsFailingWhile(Func<bool> failing)
    {
        _transport.TryConnect(Arg.Any<byte[]>()).Returns(true);
        _transport.IsConnected.Returns(true);
        var taken = new List<(string Topic, byte[] Bytes)>();
        _transport.Publish(default!, default!, default, default).ReturnsForAnyArgs(call =>
        {
            string topic = call.ArgAt<string>(0);
            if (topic.EndsWith("/events", StringComparison.Ordinal) && failing())
            {
                return false;
            }

            taken.Add((topic, call.ArgAt<byte[]>(1)));
            return true;
        });
        return taken;
    }

    /// <summary>
    /// A broker that stays connected and takes every publish but the first on the events topic (a publish that timed
    /// out: a slow broker, a session taken over); the events it took, in order.
    /// </summary>
    private List<byte[]> ConnectedWithFirstEventsPublishFailing()
    {
        _transport.TryConnect(Arg.Any<byte[]>()).Returns(true);
        _transport.IsConnected.Returns(true);
        var events = new List<byte[]>();
        int attempts = 0;
        _transport.Publish(default!, default!, default, default).ReturnsForAnyArgs(call =>
        {
            if (!call.ArgAt<string>(0).EndsWith("/events", StringComparison.Ordinal))
            {
                return true;
            }

            if (attempts++ == 0)
            {
                return false;
            }

            events.Add(call.ArgAt<byte[]>(1));
            return true;
        });
        return events;
    }
}
