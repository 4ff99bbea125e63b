using System.Collections.Concurrent;
using System.Text;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Crypto;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Lab.Power;
using MQTTnet;
using MQTTnet.Protocol;

namespace Generals.Harness.Tests.Lab;

/// <summary>
/// usbrelayd through the kit's real embedded broker: a stand-in daemon speaks usbrelayd's MQTT (anonymous, client id
/// Switch, cmnd/SERIAL/N in, stat/SERIAL/N out); the broker admits it only when told, and only to relay topics.
/// </summary>
public sealed class UsbRelaydSwitchTests : IAsyncLifetime
{
    private readonly HistoryRecorder _history = new(() => 0);
    private readonly ConcurrentQueue<string> _commands = new();
    private DelayScheduler _scheduler = null!;
    private EmuNetwork _network = null!;
    private EmbeddedBroker _broker = null!;

    public async Task InitializeAsync()
    {
        _scheduler = new DelayScheduler(new HarnessClock());
        _network = new EmuNetwork("lab", 2, new NetworkNemesis(ScenarioLoader.Parse("name: t\ngenerals: 2", "t"), new Prng(1)), _history, _scheduler,
            new TelemetryAuthenticator("lab", TelemetryKeyRing.FromSeed(1, 2)));
        _broker = new EmbeddedBroker("lab", KitCredentials.Generate([1, 2]), _network, EmbeddedBroker.FreePort()) { AdmitRelayDaemon = true };
        await _broker.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _broker.DisposeAsync();
        _scheduler.Dispose();
    }

    [Fact]
    public async Task Switch_DaemonAnswers_OkWithTheStateItReported_OffThenOn()
    {
        using IMqttClient daemon = await Daemon("VLAB1", 2, answer: true);
        var power = new UsbRelaydSwitch("VLAB1_2", _broker);

        ToolResult off = power.Switch(on: false);
        ToolResult on = power.Switch(on: true);

        Assert.Equal(["cmnd/VLAB1/2 OFF", "cmnd/VLAB1/2 ON"], _commands);
        Assert.True(off.Ok, off.Output);
        Assert.Equal(("usbrelayd: cmnd/VLAB1/2 OFF", "stat/VLAB1/2 OFF"), (off.Command, off.Output));
        Assert.True(on.Ok, on.Output);
        Assert.Equal("stat/VLAB1/2 ON", on.Output);
    }

    [Fact]
    public async Task Switch_DaemonSilent_NotRunNamingTheStateTopicItWaitedFor()
    {
        using IMqttClient daemon = await Daemon("VLAB1", 2, answer: false);
        var power = new UsbRelaydSwitch("VLAB1_2", _broker, TimeSpan.FromMilliseconds(300));

        ToolResult off = power.Switch(on: false);

        Assert.Equal(["cmnd/VLAB1/2 OFF"], _commands);
        Assert.Equal(ToolResult.NotRun, off.Code);
        Assert.StartsWith("no stat/VLAB1/2 within 300 ms", off.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_AnonymousSwitchOnABrokerNotTold_RefusedAndCounted()
    {
        await using var broker = new EmbeddedBroker("lab", KitCredentials.Generate([1]), null, EmbeddedBroker.FreePort());
        await broker.StartAsync();
        using IMqttClient client = new MqttClientFactory().CreateMqttClient();

        bool connected;
        try
        {
            connected = (await client.ConnectAsync(Options(broker.Port))).ResultCode == MqttClientConnectResultCode.Success;
        }
        catch (MQTTnet.Adapter.MqttConnectingFailedException)
        {
            connected = false;
        }

        Assert.False(connected);
        Assert.Equal(1, broker.RefusedConnections);
    }

    [Fact]
    public async Task AdmittedDaemon_PublishesOnTheKitsTopicsOrSubscribesWithAWildcard_RefusedAndCounted()
    {
        using IMqttClient daemon = new MqttClientFactory().CreateMqttClient();
        await daemon.ConnectAsync(Options(_broker.Port));
        byte[] frame = FrameCodec.Encode(new Frame(FrameKind.Data, "lab", new FrameRoute(2, 1), new FrameStamp(1, 1, 0, 0), [1, 2, 3]));

        await daemon.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Topics.Wire("lab", 1)).WithPayload(frame)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        MqttClientSubscribeResult wildcard = await daemon.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter("cmnd/#").Build());
        MqttClientSubscribeResult kit = await daemon.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(Topics.Control("lab", 1)).Build());

        Assert.Equal(1, _broker.RefusedPublishes);
        Assert.Equal(0, _network.FramesRouted);
        Assert.Equal(2, _broker.RefusedSubscriptions);
        Assert.NotEqual(MqttClientSubscribeResultCode.GrantedQoS0, wildcard.Items.Single().ResultCode);
        Assert.NotEqual(MqttClientSubscribeResultCode.GrantedQoS0, kit.Items.Single().ResultCode);
    }

    [Theory]
    [InlineData("stat/VLAB1/2", true)]
    [InlineData("stat/VLAB_1/12", true)]
    [InlineData("cmnd/VLAB1/2", false)]
    [InlineData("stat/VLAB1/x", false)]
    [InlineData("stat/+/2", false)]
    [InlineData("stat/VLAB1/2/more", false)]
    [InlineData("gl/lab/n/1/events", false)]
    public void MayPublish_Daemon_OnlyRelayStates(string topic, bool allowed)
    {
        Assert.Equal(allowed, new BrokerAcl("lab").MayPublish(UsbRelayd.ClientId, topic));
    }

    [Theory]
    [InlineData("HURTM_1", "cmnd/HURTM/1", "stat/HURTM/1")]
    [InlineData("MY_RELAY_12", "cmnd/MY_RELAY/12", "stat/MY_RELAY/12")]
    public void Topics_RelayNamedAsInNfConfig_SerialAndNumberSplitAtTheLastUnderscore(string relay, string command, string state)
    {
        Assert.Equal((command, state), (UsbRelayd.CommandTopic(relay), UsbRelayd.StateTopic(relay)));
    }

    private static MqttClientOptions Options(int port) =>
        new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId(UsbRelayd.ClientId).WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V311).Build();

    // What usbrelayd does for one relay: subscribe to its command topic, switch, publish the state it switched to.
    private async Task<IMqttClient> Daemon(string serial, int relay, bool answer)
    {
        IMqttClient daemon = new MqttClientFactory().CreateMqttClient();
        daemon.ApplicationMessageReceivedAsync += async e =>
        {
            string payload = e.ApplicationMessage.ConvertPayloadToString() ?? "";
            _commands.Enqueue(e.ApplicationMessage.Topic + " " + payload);
            if (answer)
            {
                await daemon.PublishAsync(new MqttApplicationMessageBuilder().WithTopic($"stat/{serial}/{relay}").WithPayload(Encoding.UTF8.GetBytes(payload)).Build());
            }
        };
        await daemon.ConnectAsync(Options(_broker.Port));
        await daemon.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter($"cmnd/{serial}/{relay}").Build());
        return daemon;
    }
}
