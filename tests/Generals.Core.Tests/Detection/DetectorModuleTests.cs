using Generals.Core.Detection;
using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Detection;

public class DetectorModuleTests
{
    private static ControlCommand StartCommand(DetectorKind kind, long intervalMs = 100, long timeoutMs = 300, long jitterMs = 0) =>
        new StartDetectorCommand((long)kind, intervalMs, timeoutMs, jitterMs);

    private static (DetectorModule Module, FakeNodeContext Context) Started(DetectorKind kind = DetectorKind.FixedTimeout)
    {
        var context = new FakeNodeContext(1, [2, 3]);
        var module = new DetectorModule();
        module.Boot(context);
        module.Control(context, StartCommand(kind));
        return (module, context);
    }

    [Fact]
    public void Control_StartDetector_BroadcastsFirstHeartbeatAndPersistsSettings()
    {
        (DetectorModule module, FakeNodeContext context) = Started();

        Assert.True(module.IsRunning);
        SentFrame sent = Assert.Single(context.Sent);
        Assert.Equal(FrameLimits.Broadcast, sent.To);
        Assert.Equal(FrameKind.Heartbeat, sent.Kind);
        Assert.Equal(1u, Bytes.ReadUInt32(sent.Payload, 0));
        Assert.NotNull(DetectorConfig.FromRecord(context.Load(DetectorConfig.RecordName)));
    }

    [Fact]
    public void Tick_AtNextInterval_SendsNextNumberedHeartbeat()
    {
        (DetectorModule module, FakeNodeContext context) = Started();
        context.NowMs = 100;

        module.Tick(context);

        Assert.Equal(2, context.Sent.Count);
        Assert.Equal(2u, Bytes.ReadUInt32(context.Sent[1].Payload, 0));
    }

    [Fact]
    public void Tick_PeerSilentBeyondTimeout_ReportsSuspectOnce()
    {
        (DetectorModule module, FakeNodeContext context) = Started();
        context.NowMs = 250;
        module.Receive(context, FakeNodeContext.Heartbeat(2, 1, 1));
        module.Receive(context, FakeNodeContext.Heartbeat(3, 1, 1));

        context.NowMs = 551;
        module.Tick(context);
        context.NowMs = 700;
        module.Tick(context);

        SuspectEvent suspect = Assert.Single(context.Reports.OfType<SuspectEvent>(), r => r.Peer == 2);
        Assert.Equal(1, suspect.PeerIncarnation);
        Assert.True(module.Suspects(2));
    }

    [Fact]
    public void Tick_PeerNeverHeard_SuspectedAfterOneTimeoutOfGrace()
    {
        (DetectorModule module, FakeNodeContext context) = Started();

        context.NowMs = 300;
        module.Tick(context);
        Assert.Empty(context.Reports.OfType<SuspectEvent>());

        context.NowMs = 301;
        module.Tick(context);
        Assert.Equal([2, 3], context.Reports.OfType<SuspectEvent>().Select(r => r.Peer));
    }

    [Fact]
    public void Receive_HeartbeatFromSuspectedPeer_ReportsTrust()
    {
        (DetectorModule module, FakeNodeContext context) = Started();
        context.NowMs = 400;
        module.Tick(context);

        module.Receive(context, FakeNodeContext.Heartbeat(2, 1, 1));

        TrustEvent trust = Assert.Single(context.Reports.OfType<TrustEvent>());
        Assert.Equal((2, 1L), (trust.Peer, trust.PeerIncarnation));
        Assert.False(module.Suspects(2));
        Assert.True(module.Suspects(3));
    }

    [Fact]
    public void Receive_NewIncarnationOfSuspectedPeer_ResetsAndTrustsUnderNewIncarnation()
    {
        (DetectorModule module, FakeNodeContext context) = Started();
        module.Receive(context, FakeNodeContext.Heartbeat(2, 1, 1));
        context.NowMs = 1000;
        module.Tick(context);
        Assert.True(module.Suspects(2));

        context.NowMs = 1500;
        module.Receive(context, FakeNodeContext.Heartbeat(2, 2, 1));

        Assert.Equal((2, 2L), context.Reports.OfType<TrustEvent>().Select(t => (t.Peer, t.PeerIncarnation)).Single());
        Assert.Equal(2u, module.IncarnationOf(2));
        Assert.Equal(1500, module.DetectorFor(2)!.LastArrivalMs);
    }

    [Fact]
    public void Receive_NewIncarnationOfTrustedPeer_ReportsTrustUnderNewIncarnation()
    {
        (DetectorModule module, FakeNodeContext context) = Started();
        module.Receive(context, FakeNodeContext.Heartbeat(2, 1, 5));

        context.NowMs = 50;
        module.Receive(context, FakeNodeContext.Heartbeat(2, 2, 1));

        Assert.Equal((2, 2L), Assert.Single(context.Reports.OfType<TrustEvent>().Select(t => (t.Peer, t.PeerIncarnation))));
    }

    [Fact]
    public void Receive_FirstHeartbeatOfTrustedPeer_ReportsNothing()
    {
        (DetectorModule module, FakeNodeContext context) = Started();

        module.Receive(context, FakeNodeContext.Heartbeat(2, 1, 1));

        Assert.Empty(context.Reports);
        Assert.Equal(1, module.HeartbeatsAccepted);
    }

    [Fact]
    public void Receive_OlderIncarnation_RejectedAndCounted()
    {
        (DetectorModule module, FakeNodeContext context) = Started();
        module.Receive(context, FakeNodeContext.Heartbeat(2, 3, 1));
        context.NowMs = 200;

        module.Receive(context, FakeNodeContext.Heartbeat(2, 2, 9));

        RejectedEvent rejected = Assert.Single(context.Reports.OfType<RejectedEvent>());
        Assert.Equal((RejectReason.StaleIncarnation, 2, 2L), (rejected.Reason, rejected.From, rejected.Detail));
        Assert.Equal(1, module.HeartbeatsRejected);
        Assert.Equal(0, module.DetectorFor(2)!.LastArrivalMs);
    }

    [Fact]
    public void Receive_DuplicateOrReorderedHeartbeat_CountedStaleNotApplied()
    {
        (DetectorModule module, FakeNodeContext context) = Started();
        module.Receive(context, FakeNodeContext.Heartbeat(2, 1, 5));
        context.NowMs = 200;

        module.Receive(context, FakeNodeContext.Heartbeat(2, 1, 5));
        module.Receive(context, FakeNodeContext.Heartbeat(2, 1, 4));

        Assert.Equal(2, module.HeartbeatsStale);
        Assert.Equal(0, module.DetectorFor(2)!.LastArrivalMs);
    }

    [Fact]
    public void Receive_MalformedPayload_Rejected()
    {
        (DetectorModule module, FakeNodeContext context) = Started();
        var frame = new Frame(FrameKind.Heartbeat, "lab", new FrameRoute(2, FrameLimits.Broadcast), new FrameStamp(1, 1, 0, 0), [1, 2]);

        module.Receive(context, frame);

        RejectedEvent rejected = Assert.Single(context.Reports.OfType<RejectedEvent>());
        Assert.Equal((RejectReason.ProtocolViolation, 2, DetectorModule.DetailBadPayload), (rejected.Reason, rejected.From, rejected.Detail));
    }

    [Fact]
    public void Receive_UnknownSender_Rejected()
    {
        (DetectorModule module, FakeNodeContext context) = Started();

        module.Receive(context, FakeNodeContext.Heartbeat(9, 1, 1));

        RejectedEvent rejected = Assert.Single(context.Reports.OfType<RejectedEvent>());
        Assert.Equal(DetectorModule.DetailUnknownPeer, rejected.Detail);
        Assert.Equal(1, module.HeartbeatsRejected);
    }

    [Fact]
    public void Receive_OwnBroadcast_Ignored()
    {
        (DetectorModule module, FakeNodeContext context) = Started();

        module.Receive(context, FakeNodeContext.Heartbeat(1, 1, 1));

        Assert.Empty(context.Reports);
        Assert.Equal(0, module.HeartbeatsRejected);
    }

    [Fact]
    public void Receive_BeforeStart_CountedWithoutEffect()
    {
        var context = new FakeNodeContext(1, [2, 3]);
        var module = new DetectorModule();
        module.Boot(context);

        module.Receive(context, FakeNodeContext.Heartbeat(2, 1, 1));

        Assert.False(module.IsRunning);
        Assert.Equal(1, module.HeartbeatsRejected);
        Assert.Empty(context.Sent);
    }

    [Theory]
    [InlineData(0, 100, 300, 0)]
    [InlineData(4, 100, 300, 0)]
    [InlineData(1, 5, 300, 0)]
    [InlineData(1, 100, 0, 0)]
    [InlineData(1, 100, 300, 100)]
    [InlineData(2, 100, 600_001, 0)]
    public void Control_ArgumentsOutOfRange_RejectedAndNotStarted(long kind, long intervalMs, long timeoutMs, long jitterMs)
    {
        var context = new FakeNodeContext(1, [2, 3]);
        var module = new DetectorModule();
        module.Boot(context);

        module.Control(context, new StartDetectorCommand(kind, intervalMs, timeoutMs, jitterMs));

        Assert.False(module.IsRunning);
        RejectedEvent rejected = Assert.IsType<RejectedEvent>(Assert.Single(context.Reports));
        Assert.Equal((RejectReason.BadControl, 0, DetectorModule.DetailBadSettings), (rejected.Reason, rejected.From, rejected.Detail));
        Assert.Null(context.Load(DetectorConfig.RecordName));
    }

    [Fact]
    public void Control_TooManyPeers_Rejected()
    {
        var context = new FakeNodeContext(1, Enumerable.Range(2, DetectorModule.PeersMax + 1).ToArray());
        var module = new DetectorModule();
        module.Boot(context);

        module.Control(context, StartCommand(DetectorKind.FixedTimeout));

        Assert.False(module.IsRunning);
        Assert.Equal(DetectorModule.DetailTooManyPeers, Assert.IsType<RejectedEvent>(Assert.Single(context.Reports)).Detail);
    }

    [Fact]
    public void Control_OtherCommand_Ignored()
    {
        var context = new FakeNodeContext(1, [2, 3]);
        var module = new DetectorModule();
        module.Boot(context);

        module.Control(context, new ReportCountersCommand());

        Assert.False(module.IsRunning);
        Assert.Empty(context.Reports);
    }

    [Fact]
    public void Boot_AfterRestartWithPersistedSettings_ResumesHeartbeats()
    {
        (_, FakeNodeContext context) = Started(DetectorKind.PhiAccrual);
        context.Sent.Clear();
        context.NowMs = 5000;
        var restarted = new DetectorModule();

        restarted.Boot(context);

        Assert.True(restarted.IsRunning);
        Assert.Equal(DetectorKind.PhiAccrual, restarted.Config!.Kind);
        Assert.Equal(1u, Bytes.ReadUInt32(Assert.Single(context.Sent).Payload, 0));
        Assert.Equal(5000, restarted.DetectorFor(2)!.LastArrivalMs);
    }

    [Fact]
    public void Tick_AskedWake_IsEarliestOfNextSendAndNextSuspicion()
    {
        (DetectorModule module, FakeNodeContext context) = Started();
        context.NowMs = 250;
        module.Receive(context, FakeNodeContext.Heartbeat(2, 1, 1));
        module.Receive(context, FakeNodeContext.Heartbeat(3, 1, 1));

        context.NowMs = 400;
        module.Tick(context);
        context.ClearWake();
        context.NowMs = 450;
        module.Tick(context);

        // Next heartbeat is due at 500; both peers would be suspected at 551.
        Assert.Equal(500, context.WakeMs);
        context.ClearWake();
        context.NowMs = 500;
        module.Tick(context);
        Assert.Equal(551, context.WakeMs);
    }

    [Theory]
    [InlineData(DetectorKind.FixedTimeout)]
    [InlineData(DetectorKind.AdaptiveTimeout)]
    [InlineData(DetectorKind.PhiAccrual)]
    public void Config_EachKind_CreatesThatDetector(DetectorKind kind)
    {
        (DetectorModule module, _) = Started(kind);

        IFailureDetector detector = module.DetectorFor(2)!;

        Type expected = kind switch
        {
            DetectorKind.FixedTimeout => typeof(FixedTimeoutDetector),
            DetectorKind.AdaptiveTimeout => typeof(AdaptiveTimeoutDetector),
            _ => typeof(PhiAccrualDetector),
        };
        Assert.IsType(expected, detector);
    }
}
