using Generals.Core.Crypto;
using Generals.Core.Detection;
using Generals.Core.Links;
using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Core.Tests.Node;
using Generals.Core.Tests.Protocols;
using Generals.Core.Wire;
using NSubstitute;

namespace Generals.Core.Tests.Exercises;

/// <summary>The seams a student's class plugs into (exercises/README.md): what the General hands it, and what it may not do.</summary>
public sealed class ExerciseSeamTests
{
    private const int Om = ProtocolCodes.OralMessages;

    [Fact]
    public void General_ExerciseLink_GetsBootTicksAndDataFramesInsteadOfTheKitsLink()
    {
        IReliableLink link = Substitute.For<IReliableLink>();
        General general = NewGeneral(link);

        general.Boot(new MemoryRecords(), 0);
        general.Tick(5);
        general.Receive(FrameCodec.Encode(new Frame(FrameKind.Data, TestGeneral.Kit, new FrameRoute(2, 1), new FrameStamp(1, 1, 0, 0), [1, 0, 0, 0, 42])), 6);

        link.Received(1).Boot(Arg.Is<ILinkContext>(c => c.Id == 1 && c.Peers.SequenceEqual(new[] { 2, 3 })));
        link.Received(1).Tick();
        link.Received(1).OnData(Arg.Is<Frame>(f => f.Route.From == 2 && f.Payload.Length == 5));
    }

    [Fact]
    public void LinkContext_SendRawOfAKindThatIsNoLinks_IsRefusedAndCounted()
    {
        IReliableLink link = Substitute.For<IReliableLink>();
        link.When(l => l.Boot(Arg.Any<ILinkContext>())).Do(call => call.Arg<ILinkContext>().SendRaw(2, FrameKind.Protocol, [1]));
        General general = NewGeneral(link);

        general.Boot(new MemoryRecords(), 0);

        Assert.Equal(1, general.Counters.Rejections(RejectReason.ProtocolViolation));
        Assert.DoesNotContain(Outputs(general), o => o.Kind == NodeOutputKind.Publish && o.Target.Contains("/wire/", StringComparison.Ordinal));
    }

    [Fact]
    public void OralMessages_RuleThatDecidesNothing_EndsTheInstanceUndecided()
    {
        var network = new TestNetwork(4, () => new OralMessages(new SilentRule()));

        network.Start(Om, 1, commander: 1, ProtocolCodes.Attack, m: 1);
        network.RunUntil(10_000);

        Assert.Empty(network.Decisions);
        Assert.Empty(network.Sent);
    }

    [Fact]
    public void OralMessages_RuleSendingAPathThatDoesNotEndWithItself_IsRefusedAndCounted()
    {
        var network = new TestNetwork(4, () => new OralMessages(new WrongPathRule()));

        network.Start(Om, 1, commander: 1, ProtocolCodes.Attack, m: 1);
        network.RunUntil(10_000);

        Assert.Empty(network.Sent);
        Assert.Contains(network.Rejections, r => r.General == 1 && r.Reason == RejectReason.ProtocolViolation && r.Detail == ProtocolViolation.BadPath);
    }

    [Fact]
    public void OralMessages_KitsRuleGivenExplicitly_DecidesAsTheDefault()
    {
        var network = new TestNetwork(4, () => new OralMessages(new OralRule()));

        network.Start(Om, 1, commander: 2, ProtocolCodes.Attack, m: 1);
        network.RunUntil(10_000);

        Assert.Equal(4, network.Decisions.Count);
        Assert.All(network.Decisions, d => Assert.Equal(ProtocolCodes.Attack, d.Value));
    }

    [Fact]
    public void DetectorModule_WithAFactory_MonitorsEveryPeerWithTheFactorysDetector()
    {
        IDetectorFactory factory = Substitute.For<IDetectorFactory>();
        factory.Create(Arg.Any<DetectorConfig>()).Returns(_ => new FixedTimeoutDetector(50));
        INodeContext context = Substitute.For<INodeContext>();
        context.Id.Returns(1);
        context.Peers.Returns([2, 3]);
        context.Random.Returns(new Generals.Core.Runtime.Prng(1));
        var module = new DetectorModule(factory);
        module.Boot(context);

        module.Control(context, new StartDetectorCommand(1, 100, 500, 0));

        factory.Received(2).Create(Arg.Is<DetectorConfig>(c => c.TimeoutMs == 500));
        Assert.IsType<FixedTimeoutDetector>(module.DetectorFor(2));
    }

    private static General NewGeneral(IReliableLink link)
    {
        var signatures = new IdealSignatures(7);
        return new General(
            new NodeSettings
            {
                Kit = TestGeneral.Kit, Id = 1, Peers = [2, 3], Reliable = true, Signer = signatures.SignerFor(1), Verifier = signatures,
                TelemetryKey = TestGeneral.TelemetryKey, Seed = 1,
            },
            StandardModules.Create(),
            link);
    }

    private static List<NodeOutput> Outputs(General general)
    {
        var outputs = new List<NodeOutput>();
        for (NodeOutput o = general.TakeOutput(); o != null; o = general.TakeOutput())
        {
            outputs.Add(o);
        }

        return outputs;
    }

    private sealed class SilentRule : IOralRule
    {
        public void SendRound(IOralView view, int round)
        {
        }

        public int Decide(IOralView view) => ProtocolCodes.NoOrder;
    }

    private sealed class WrongPathRule : IOralRule
    {
        public void SendRound(IOralView view, int round)
        {
            if (round == 0 && view.Self == view.Commander)
            {
                view.Send([view.Commander, 2], 2, view.Order);
            }
        }

        public int Decide(IOralView view) => ProtocolCodes.NoOrder;
    }
}
