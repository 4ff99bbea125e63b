using Generals.Core.Runtime;
using Generals.Firmware.Network;
using NSubstitute;

namespace Generals.Firmware.Tests.Network;

public class MqttTransportFailoverTests
{
    private readonly IMqttSession _first = Substitute.For<IMqttSession>();
    private readonly IMqttSession _second = Substitute.For<IMqttSession>();
    private readonly MqttTransport _transport;

    public MqttTransportFailoverTests()
    {
        _transport = new MqttTransport([_first, _second], "lab", 3, "secret");
    }

    [Fact]
    public void TryConnect_FirstBrokerDown_ConnectsAndSubscribesOnTheSecond()
    {
        _second.Connect(default!, default!, default!, default!, default!).ReturnsForAnyArgs(true);
        _second.IsConnected.Returns(true);

        bool connected = _transport.TryConnect([0x01]);

        Assert.True(connected);
        Assert.Equal(1, _transport.CurrentBroker);
        _first.ReceivedWithAnyArgs(1).Connect(default!, default!, default!, default!, default!);
        _first.DidNotReceiveWithAnyArgs().Subscribe(default!, default!);
        _second.ReceivedWithAnyArgs(1).Subscribe(default!, default!);
    }

    [Fact]
    public void TryConnect_AfterTheBrokerWasLost_TriesTheOtherBrokerFirstAndPublishesThere()
    {
        _first.Connect(default!, default!, default!, default!, default!).ReturnsForAnyArgs(true);
        _first.IsConnected.Returns(false, true);
        _transport.TryConnect([0x01]);
        _first.IsConnected.Returns(false);
        _first.ClearReceivedCalls();
        _second.Connect(default!, default!, default!, default!, default!).ReturnsForAnyArgs(true);
        _second.IsConnected.Returns(true);
        _second.Publish(default!, default!, default, default).ReturnsForAnyArgs(true);

        bool connected = _transport.TryConnect([0x02]);
        bool published = _transport.Publish("gl/lab/n/3/wire", [0x03], 0, false);

        Assert.True(connected);
        Assert.True(published);
        Assert.Equal(1, _transport.Failovers);
        _first.DidNotReceiveWithAnyArgs().Connect(default!, default!, default!, default!, default!);
        _second.Received(1).Connect("general-3", "general-3", "secret", "gl/lab/n/3/status", "02");
    }

    [Fact]
    public void OnMessage_DeliveredByTheSecondBrokersSession_ReachesTheInbox()
    {
        MqttMessageHandler? deliver = null;
        var session = Substitute.For<IMqttSession>();
        session.SetHandler(Arg.Do<MqttMessageHandler>(h => deliver = h));
        var transport = new MqttTransport([Substitute.For<IMqttSession>(), session], "lab", 3, "secret");

        deliver!("gl/lab/n/3/in", [0x07]);

        Assert.Equal([0x07], transport.TryReceive().Payload);
    }
}
