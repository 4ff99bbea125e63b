using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Crypto;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Scenarios;
using MQTTnet;
using MQTTnet.Protocol;

namespace Generals.Harness.Tests.Emu;

public sealed class EmbeddedBrokerTests : IAsyncLifetime
{
    private readonly KitCredentials _credentials = KitCredentials.Generate([1, 2]);
    private static readonly HarnessClock Clock = new();
    private readonly HistoryRecorder _history = new(() => Clock.NowMs);
    private DelayScheduler _scheduler = null!;
    private EmbeddedBroker _broker = null!;
    private EmuNetwork _network = null!;

    public async Task InitializeAsync()
    {
        _scheduler = new DelayScheduler(new HarnessClock());
        _network = new EmuNetwork("lab", 2, new NetworkNemesis(ScenarioLoader.Parse("name: t\ngenerals: 2", "t"), new Prng(1)), _history, _scheduler,
            new TelemetryAuthenticator("lab", TelemetryKeyRing.FromSeed(1, 2)));
        _broker = new EmbeddedBroker("lab", _credentials, _network, EmbeddedBroker.FreePort());
        await _broker.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _broker.DisposeAsync();
        _scheduler.Dispose();
    }

    [Theory]
    [InlineData(null, null, "general-1")]
    [InlineData("general-1", "wrong", "general-1")]
    [InlineData("stranger", "x", "stranger")]
    [InlineData("general-1", null, "general-2")]
    public async Task Connect_WithoutValidCredentials_IsRefusedAndCounted(string? user, string? password, string clientId)
    {
        using IMqttClient client = new MqttClientFactory().CreateMqttClient();
        MqttClientOptionsBuilder options = new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", _broker.Port).WithClientId(clientId);
        if (user != null)
        {
            options = options.WithCredentials(user, password ?? _credentials.PasswordOf(user));
        }

        MqttClientConnectResultCode code;
        try
        {
            code = (await client.ConnectAsync(options.Build())).ResultCode;
        }
        catch (MQTTnet.Adapter.MqttConnectingFailedException)
        {
            code = MqttClientConnectResultCode.NotAuthorized;
        }

        Assert.NotEqual(MqttClientConnectResultCode.Success, code);
        Assert.False(client.IsConnected);
        Assert.Equal(1, _broker.RefusedConnections);
    }

    [Fact]
    public async Task Publish_GeneralAsAnother_IsRefusedAndNeverReachesTheNetwork()
    {
        using IMqttClient general1 = await Connect(1);
        byte[] frame = FrameCodec.Encode(new Frame(FrameKind.Data, "lab", new FrameRoute(2, 1), new FrameStamp(1, 1, 0, 0), [1, 2, 3]));

        await general1.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Topics.Wire("lab", 2)).WithPayload(frame)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await general1.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Topics.Inbox("lab", 2)).WithPayload(frame)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());

        Assert.Equal(2, _broker.RefusedPublishes);
        Assert.Equal(0, _network.FramesRouted);
    }

    [Fact]
    public async Task Publish_FrameClaimingAnotherSenderOnOwnWire_IsDroppedAndCounted()
    {
        using IMqttClient general1 = await Connect(1);
        byte[] spoofed = FrameCodec.Encode(new Frame(FrameKind.Data, "lab", new FrameRoute(2, 1), new FrameStamp(1, 1, 0, 0), [1]));

        await general1.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Topics.Wire("lab", 1)).WithPayload(spoofed)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await general1.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Topics.Wire("lab", 1)).WithPayload(new byte[] { 9, 9, 9 })
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());

        Assert.Equal(2, _network.MalformedFrames);
        Assert.Equal(0, _network.FramesRouted);
    }

    [Fact]
    public async Task Subscribe_ToAnotherGeneralsInbox_IsNotAuthorized()
    {
        using IMqttClient general1 = await Connect(1);

        MqttClientSubscribeResult result = await general1.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(Topics.Inbox("lab", 2)).WithTopicFilter(Topics.Inbox("lab", 1)).Build());

        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, result.Items.First().ResultCode);
        Assert.NotEqual(MqttClientSubscribeResultCode.NotAuthorized, result.Items.Last().ResultCode);
        Assert.Equal(1, _broker.RefusedSubscriptions);
    }

    [Fact]
    public async Task Publish_OwnWireFrame_IsRoutedThroughTheNemesisToTheInbox()
    {
        using IMqttClient general2 = await Connect(2);
        var received = new TaskCompletionSource<byte[]>();
        general2.ApplicationMessageReceivedAsync += e =>
        {
            received.TrySetResult(System.Buffers.BuffersExtensions.ToArray(e.ApplicationMessage.Payload));
            return Task.CompletedTask;
        };
        await general2.SubscribeAsync(Topics.Inbox("lab", 2));
        using IMqttClient general1 = await Connect(1);
        byte[] frame = FrameCodec.Encode(new Frame(FrameKind.Data, "lab", new FrameRoute(1, 2), new FrameStamp(1, 1, 0, 0), [7]));

        await general1.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Topics.Wire("lab", 1)).WithPayload(frame).Build());

        Assert.Equal(frame, await received.Task.WaitAsync(TimeSpan.FromSeconds(5)));

        // The inbox may hear the frame before the broker thread that routed it records the deliver line.
        for (int i = 0; i < 500 && !_history.Snapshot().Any(e => e.Type == HistoryType.Deliver); i++)
        {
            await Task.Delay(10);
        }

        Assert.Contains(_history.Snapshot(), e => e.Type == HistoryType.Deliver && e.From == 1 && e.To == 2);
    }

    private async Task<IMqttClient> Connect(int id)
    {
        IMqttClient client = new MqttClientFactory().CreateMqttClient();
        string user = KitCredentials.UserOf(id);
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", _broker.Port)
            .WithClientId(user).WithCredentials(user, _credentials.PasswordOf(user)).Build());
        return client;
    }
}
