using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Crypto;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds;
using NSubstitute;

namespace Generals.Harness.Tests.Network;

public class HarnessNetworkTests
{
    private readonly INetworkWorld _world = Substitute.For<INetworkWorld>();
    private readonly HistoryRecorder _history;
    private readonly HarnessNetwork _network;

    public HarnessNetworkTests()
    {
        _world.NowMs.Returns(50);
        _history = new HistoryRecorder(() => 50);
        Scenario scenario = ScenarioLoader.Parse("name: t\ngenerals: 3\nnetwork: { delay: { distribution: constant, ms: 7 } }", "test");
        _network = new HarnessNetwork(3, new NetworkNemesis(scenario, new Prng(1)), _history, _world, new TelemetryAuthenticator("lab", TelemetryKeyRing.FromSeed(1, 3)))
        {
            PlanStartMs = 0,
        };
    }

    private static byte[] Frame(int from, int to) =>
        FrameCodec.Encode(new Frame(FrameKind.Data, "lab", new FrameRoute(from, to), new FrameStamp(1, 1, 0, 0), new byte[4]));

    [Fact]
    public void OnWire_Broadcast_OneSendAndOneDeliveryPerOtherGeneral()
    {
        _network.OnWire(2, Frame(2, FrameLimits.Broadcast));

        Assert.Equal([1, 3], _history.Recorded().Where(e => e.Type == HistoryType.Send).Select(e => e.To));
        _world.Received(1).ScheduleDelivery(57, 1, Arg.Any<byte[]>(), Arg.Any<HistoryEvent>());
        _world.Received(1).ScheduleDelivery(57, 3, Arg.Any<byte[]>(), Arg.Any<HistoryEvent>());
        _world.DidNotReceive().ScheduleDelivery(Arg.Any<long>(), 2, Arg.Any<byte[]>(), Arg.Any<HistoryEvent>());
    }

    [Fact]
    public void OnWire_FrameWithAnAuthenticator_RoutedOnlyToTheReceiversItNames()
    {
        var keys = new LinkKeys();
        keys.Set(3, new byte[FrameMac.KeyBytes]);
        var frame = new Frame(FrameKind.Protocol, "lab", new FrameRoute(2, FrameLimits.Broadcast), new FrameStamp(1, 1, 0, 0), new byte[4]);

        _network.OnWire(2, FrameAuthenticator.Seal(frame, [3], 1, keys));

        Assert.Equal([3], _history.Recorded().Where(e => e.Type == HistoryType.Send).Select(e => e.To));
        _world.DidNotReceive().ScheduleDelivery(Arg.Any<long>(), 1, Arg.Any<byte[]>(), Arg.Any<HistoryEvent>());
    }

    [Fact]
    public void OnWire_AuthenticatorNamingAReceiverTwiceTheSenderAndIdsBeyondTheRun_EachGeneralOfTheRunOnceInIdOrder()
    {
        int[] receivers = [3, 2, 1, 300, FrameLimits.GeneralIdMax];
        var keys = new LinkKeys();
        foreach (int receiver in receivers)
        {
            keys.Set(receiver, new byte[FrameMac.KeyBytes]);
        }

        var frame = new Frame(FrameKind.Protocol, "lab", new FrameRoute(2, FrameLimits.Broadcast), new FrameStamp(1, 1, 0, 0), new byte[4]);
        byte[] bytes = FrameAuthenticator.Seal(frame, receivers, receivers.Length, keys);
        FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout layout);
        Bytes.WriteUInt16(bytes, layout.SignatureOffset + (3 * FrameLimits.AuthenticatorEntryBytes), 3);

        _network.OnWire(2, bytes);
        _network.OnWire(2, FrameAuthenticator.Seal(frame, [1], 1, keys));

        Assert.Equal([1, 3, 1], _history.Recorded().Where(e => e.Type == HistoryType.Send).Select(e => e.To));
    }

    [Fact]
    public void OnWire_FrameClaimingAnotherSender_MalformedAndNotRouted()
    {
        _network.OnWire(2, Frame(1, 3));

        HistoryEvent malformed = Assert.Single(_history.Recorded());
        Assert.Equal(HistoryType.MalformedFrame, malformed.Type);
        Assert.Equal(1, _network.MalformedFrames);
        _world.DidNotReceiveWithAnyArgs().ScheduleDelivery(default, default, default!, default!);
    }

    [Fact]
    public void Deliver_ReceiverDown_DropLineAndNoStep()
    {
        _world.Deliver(3, Arg.Any<byte[]>()).Returns(DeliveryResult.ReceiverDown);
        var sent = new HistoryEvent { TimeMs = 40, Type = HistoryType.Send, From = 1, To = 3 };

        _network.Deliver(3, [1, 2], sent);

        HistoryEvent drop = Assert.Single(_history.Recorded());
        Assert.Equal((HistoryType.Drop, "receiver down", 50L), (drop.Type, drop.Reason, drop.TimeMs));
        _world.DidNotReceive().Step(3);
    }

    [Fact]
    public void Deliver_Delivered_RecordsTheDeliveryBeforeTheReceiverSteps()
    {
        _world.Deliver(3, Arg.Any<byte[]>()).Returns(DeliveryResult.Delivered);
        int linesWhenStepped = -1;
        _world.When(w => w.Step(3)).Do(_ => linesWhenStepped = _history.Recorded().Count);

        _network.Deliver(3, [1, 2], new HistoryEvent { TimeMs = 40, Type = HistoryType.Send, From = 1, To = 3 });

        Assert.Equal(1, linesWhenStepped);
        Assert.Equal(HistoryType.Deliver, Assert.Single(_history.Recorded()).Type);
        Assert.Equal(1, _network.FramesDelivered);
    }
}
