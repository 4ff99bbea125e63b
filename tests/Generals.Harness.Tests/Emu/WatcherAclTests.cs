using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Crypto;
using Generals.Harness.History;
using Generals.Harness.Inspect;
using Generals.Harness.Network;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Emu;
using MQTTnet;
using MQTTnet.Protocol;

namespace Generals.Harness.Tests.Emu;

/// <summary>The watcher (`generals sniff`) on the embedded broker: it reads the wire and the inboxes, and nothing else; it can publish nothing.</summary>
public sealed class WatcherAclTests : IAsyncLifetime
{
    private readonly KitCredentials _credentials = KitCredentials.Generate([1, 2]);
    private readonly HistoryRecorder _history = new(() => 0);
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

    [Fact]
    public async Task Publish_WatcherOnEveryKindOfKitTopic_RefusedCountedAndNeverRouted()
    {
        using IMqttClient watcher = await Connect(KitCredentials.WatcherUser);
        byte[] frame = Frame(1, 2);
        string[] topics = [Topics.Wire("lab", 1), Topics.Inbox("lab", 2), Topics.Control("lab", 2), Topics.Events("lab", 1), Topics.Status("lab", 1)];

        foreach (string topic in topics)
        {
            await watcher.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(frame)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        }

        Assert.Equal(topics.Length, _broker.RefusedPublishes);
        Assert.Equal(0, _network.FramesRouted);
    }

    [Theory]
    [InlineData("gl/lab/wire/+", true)]
    [InlineData("gl/lab/wire/2", true)]
    [InlineData("gl/lab/wire/1000", true)]
    [InlineData("gl/lab/wire/65534", true)]
    [InlineData("gl/lab/wire/65535", false)]
    [InlineData("gl/lab/wire/0", false)]
    [InlineData("gl/lab/n/4660/in", true)]
    [InlineData("gl/lab/n/+/in", true)]
    [InlineData("gl/lab/n/1/in", true)]
    [InlineData("gl/lab/n/1/ctl", false)]
    [InlineData("gl/lab/n/+/events", false)]
    [InlineData("gl/lab/#", false)]
    [InlineData("gl/other/wire/+", false)]
    [InlineData("#", false)]
    public async Task Subscribe_Watcher_OnlyWireAndInboxes(string filter, bool granted)
    {
        using IMqttClient watcher = await Connect(KitCredentials.WatcherUser);

        MqttClientSubscribeResult result = await watcher.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(filter).Build());

        Assert.Equal(granted, result.Items.Single().ResultCode != MqttClientSubscribeResultCode.NotAuthorized);
        Assert.Equal(granted ? 0 : 1, _broker.RefusedSubscriptions);
    }

    [Fact]
    public async Task Sniffer_GeneralSendsAFrame_SeesItSentOnTheWireAndDeliveredToTheInbox()
    {
        var lines = new List<string>();
        var card = new WatchCard($"mqtt://127.0.0.1:{_broker.Port}", "lab", KitCredentials.WatcherUser, _credentials.WatcherPassword!);
        await using var sniffer = new WireSniffer(card, line => { lock (lines) { lines.Add(line); } }, framesMax: 2);
        await sniffer.ConnectAsync(CancellationToken.None);
        using IMqttClient general2 = await Connect(KitCredentials.UserOf(2));
        await general2.SubscribeAsync(Topics.Inbox("lab", 2));
        using IMqttClient general1 = await Connect(KitCredentials.UserOf(1));

        await general1.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Topics.Wire("lab", 1)).WithPayload(Frame(1, 2))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await sniffer.WatchAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.Equal(1, sniffer.Sent);
        Assert.Equal(1, sniffer.Delivered);
        Assert.Contains(lines, l => l.Contains("sent       Data       1 -> 2    instance 7  round 3", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("delivered  Data       1 -> 2    instance 7  round 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Describe_BytesThatAreNoFrame_GiveTheDecodersReason()
    {
        string? line = WireSniffer.Describe("lab", "gl/lab/n/3/in", [9, 9, 9], 1.5);

        Assert.Equal("   1.500 s  delivered  rejected: UnsupportedVersion (the first byte is not version 2)  to 3  3 B", line);
        Assert.Null(WireSniffer.Describe("lab", "gl/lab/n/3/events", [9], 1.5));
    }

    [Fact]
    public void MosquittoAcl_Watcher_ReadsWireAndInboxesOnly()
    {
        string acl = new BrokerAcl("lab").MosquittoAcl([1, 2]);

        Assert.EndsWith("user watcher\ntopic read gl/lab/wire/+\ntopic read gl/lab/n/+/in\n", acl, StringComparison.Ordinal);
    }

    private static byte[] Frame(int from, int to) =>
        FrameCodec.Encode(new Frame(FrameKind.Data, "lab", new FrameRoute(from, to), new FrameStamp(1, 1, 7, 3), [1, 2, 3]));

    private async Task<IMqttClient> Connect(string user)
    {
        IMqttClient client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", _broker.Port)
            .WithClientId(user).WithCredentials(user, _credentials.PasswordOf(user)).Build());
        return client;
    }
}
