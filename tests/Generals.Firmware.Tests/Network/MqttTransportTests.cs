using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Firmware.Network;
using NSubstitute;

namespace Generals.Firmware.Tests.Network;

public class MqttTransportTests
{
    private readonly IMqttSession _session = Substitute.For<IMqttSession>();
    private readonly MqttTransport _transport;
    private MqttMessageHandler? _deliver;

    public MqttTransportTests()
    {
        _session.SetHandler(Arg.Do<MqttMessageHandler>(h => _deliver = h));
        _transport = new MqttTransport(_session, "lab", 3, "secret");
    }

    [Fact]
    public void TryConnect_Accepted_ConnectsAsItsUserWithTheWillInHexThenSubscribesInboxAndControl()
    {
        byte[] will = [0x01, 0xff, 0x00, 0x80];
        _session.Connect(default!, default!, default!, default!, default!).ReturnsForAnyArgs(true);
        _session.IsConnected.Returns(false, true);

        bool connected = _transport.TryConnect(will);

        Assert.True(connected);
        Received.InOrder(() =>
        {
            _session.Connect("general-3", "general-3", "secret", "gl/lab/n/3/status", "01ff0080");
            _session.Subscribe(Arg.Is<string[]>(t => t.SequenceEqual(new[] { "gl/lab/n/3/in", "gl/lab/n/3/ctl" })), Arg.Is<int[]>(q => q.SequenceEqual(new[] { 0, 1 })));
        });
    }

    [Fact]
    public void TryConnect_Refused_DoesNotSubscribe()
    {
        _session.Connect(default!, default!, default!, default!, default!).ReturnsForAnyArgs(false);

        Assert.False(_transport.TryConnect([1]));

        _session.DidNotReceiveWithAnyArgs().Subscribe(default!, default!);
    }

    [Fact]
    public void TryConnect_AlreadyConnected_OpensNoSecondConnection()
    {
        _session.IsConnected.Returns(true);

        Assert.True(_transport.TryConnect([1]));

        _session.DidNotReceiveWithAnyArgs().Connect(default!, default!, default!, default!, default!);
    }

    [Fact]
    public void Publish_Disconnected_FailsWithoutTouchingTheClient()
    {
        _session.IsConnected.Returns(false);

        Assert.False(_transport.Publish("gl/lab/wire/3", [1], 0, false));

        _session.DidNotReceiveWithAnyArgs().Publish(default!, default!, default, default);
    }

    [Fact]
    public void OnMessage_InboxControlAndOtherTopics_QueuesTheTwoItsSubscribedToInOrder()
    {
        _deliver!("gl/lab/n/3/in", [1]);
        _deliver("gl/lab/n/4/in", [2]);
        _deliver("gl/lab/n/3/ctl", [3]);

        InboundMessage first = _transport.TryReceive();
        InboundMessage second = _transport.TryReceive();

        Assert.Equal((InboundChannel.Inbox, (byte)1), (first.Channel, first.Payload[0]));
        Assert.Equal((InboundChannel.Control, (byte)3), (second.Channel, second.Payload[0]));
        Assert.Null(_transport.TryReceive());
        Assert.False(_transport.WaitForInbound(0));
    }

    [Fact]
    public void OnMessage_MoreThanTheQueueHolds_DropsTheOldestAndCountsThem()
    {
        for (int i = 0; i < MqttTransport.InboundMax + 3; i++)
        {
            _deliver!("gl/lab/n/3/in", [(byte)i]);
        }

        Assert.True(_transport.WaitForInbound(0));
        Assert.Equal(3, _transport.Dropped);
        Assert.Equal(3, _transport.TryReceive().Payload[0]);
    }

    [Fact]
    public void Runtime_BrokerLost_OnlyTheRuntimesLoopReconnectsWithItsBackoff()
    {
        long now = 0;
        IClock clock = Substitute.For<IClock>();
        clock.NowMs.Returns(_ => now);
        IStore store = Substitute.For<IStore>();
        store.Read(default!).ReturnsForAnyArgs((byte[])null!);
        bool up = true;
        _session.IsConnected.Returns(_ => up);
        _session.Connect(default!, default!, default!, default!, default!).ReturnsForAnyArgs(_ => up);
        _session.Publish(default!, default!, default, default).ReturnsForAnyArgs(true);
        var runtime = new NodeRuntime(TestKit.General(3, [1, 2]), _transport, store, clock, Substitute.For<IBoard>(), "lab", 3);
        runtime.Start();
        _session.ClearReceivedCalls();

        up = false;
        var attempts = new List<long>();
        for (now = 1; now <= 800; now++)
        {
            runtime.Step();
            _deliver!("gl/lab/n/3/in", [0]);
            attempts.AddRange(_session.ReceivedCalls().Where(c => c.GetMethodInfo().Name == nameof(IMqttSession.Connect)).Select(_ => now));
            _session.ClearReceivedCalls();
        }

        Assert.Equal([1, 101, 301, 701], attempts);
    }
}
