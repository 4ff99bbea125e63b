using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using Generals.Core.Wire;
using Generals.Harness.Runs;
using Generals.Harness.Worlds.Emu;
using Generals.Host.Node;
using MQTTnet;

namespace Generals.Cli.Tests.Emu;

/// <summary>
/// Two real mosquittos bridged both ways (<see cref="MosquittoPair"/>) and a general's transport listing both: a frame
/// published on one broker reaches a subscriber on the other, and when the general's broker is killed it fails over to the
/// other and keeps sending and receiving. CI installs mosquitto; these tests never skip.
/// </summary>
[Collection("emulated")]
public sealed class RedundantBrokerTests : IDisposable
{
    /// <summary>How long a frame may take through a broker and its bridge before the test gives up (a bound, not a speed claim).</summary>
    private static readonly TimeSpan ArrivalLimit = TimeSpan.FromSeconds(10);

    private readonly string _root = Directory.CreateTempSubdirectory("generals-redundant-").FullName;
    private readonly ConcurrentQueue<(string Topic, byte[] Payload)> _seen = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task MqttTransport_ItsBrokerKilled_FailsOverToTheBridgedBrokerAndStillSendsAndReceives()
    {
        KitCredentials credentials = KitCredentials.Generate([1, 2]);
        using MosquittoPair pair = MosquittoPair.Start(_root, "lab", credentials, [1, 2]);
        using IMqttClient observer = await ObserveAsync(pair.Second.Port, credentials);
        using MqttTransport general = Transport(pair, credentials, 1);
        Assert.True(general.TryConnect([0x00]));
        Assert.Equal(pair.FirstPort, general.CurrentBroker.Port);
        Assert.True(Arrives(general, [0x01], Topics.Wire("lab", 1)), "a frame published on the first broker reaches the second through the bridge");

        pair.StopFirst();
        Assert.True(SpinWait.SpinUntil(() => !general.IsConnected, ArrivalLimit));
        bool reconnected = general.TryConnect([0x00]);

        Assert.True(reconnected, general.LastConnectError);
        Assert.Equal(pair.Second.Port, general.CurrentBroker.Port);
        Assert.Equal(1, general.Failovers);
        Assert.True(Arrives(general, [0x02], Topics.Wire("lab", 1)), "after the failover the general publishes on the second broker");
        await observer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Topics.Inbox("lab", 1)).WithPayload(new byte[] { 0x03 }).Build());
        // The lost connection woke the transport's waiter once (so a runtime fails over at once): wait until a message is there.
        Assert.True(SpinWait.SpinUntil(() => general.WaitForInbound(100), ArrivalLimit));
        Assert.Equal([0x03], general.TryReceive().Payload);
    }

    [Fact]
    public async Task MosquittoPair_FirstRestarted_BridgeCarriesTheSecondsFramesToAGeneralOnTheFirst()
    {
        KitCredentials credentials = KitCredentials.Generate([1, 2]);
        using MosquittoPair pair = MosquittoPair.Start(_root, "lab", credentials, [1, 2]);
        using IMqttClient observer = await ObserveAsync(pair.Second.Port, credentials);
        pair.StopFirst();
        pair.StartFirst();
        using MqttTransport general = Transport(pair, credentials, 2);
        Assert.True(general.TryConnect([0x00]));
        Assert.Equal(pair.FirstPort, general.CurrentBroker.Port);

        bool received = false;
        var clock = Stopwatch.StartNew();
        while (!received && clock.Elapsed < ArrivalLimit)
        {
            // The bridge rejoins the restarted broker within its restart_timeout: until then a publish is not forwarded.
            await observer.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Topics.Inbox("lab", 2)).WithPayload(new byte[] { 0x04 }).Build());
            received = general.WaitForInbound(200);
        }

        Assert.True(received, "the harness's inbox publish on the second broker reaches general 2 on the restarted first");
        Assert.Equal([0x04], general.TryReceive().Payload);
    }

    [Fact]
    public void RunCommand_BrokerRedundantInEmu_ExpectedVerdictWithTheFirstBrokerKilledAndGeneralsFailingOver()
    {
        string folder = Path.Combine(_root, "run");

        CliRunner.Result result = CliRunner.Run(["run", "broker-redundant", "--mode", "emu", "--seed", "2", "--out", folder]);

        // As EmuHistorySchemaTests: a timing break the world recorded under load is its own unknown, never a wrong verdict.
        string said = result.Output + result.Error;
        Assert.True(result.ExitCode == ExitCodes.AsExpected
            || (result.ExitCode == ExitCodes.Unknown && said.Contains("UNKNOWN: timing-break (", StringComparison.Ordinal)), said);
        Assert.Contains("\"type\":\"broker-down\",\"duration_ms\":1000,\"detail\":\"first broker of the pair", File.ReadAllText(Path.Combine(folder, "history.jsonl")), StringComparison.Ordinal);
        string logs = string.Concat(Directory.GetFiles(Path.Combine(folder, "nodes"), "general-*.log").Select(File.ReadAllText));
        Assert.Contains("(2 of 2, 1 failovers)", logs, StringComparison.Ordinal);
        string history = File.ReadAllText(Path.Combine(folder, "history.jsonl"));
        Assert.All(Enumerable.Range(1, 4), g => Assert.Contains($"\"type\":\"broker-connected\",\"general\":{g},", history, StringComparison.Ordinal));
        Assert.Contains("\"position\":2,\"failovers\":1}", history, StringComparison.Ordinal);
        Assert.Contains("\"failover-resent-frames\":", File.ReadAllText(Path.Combine(folder, "results.json")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "mosquitto", "second", "mosquitto.conf")));
    }

    private static MqttTransport Transport(MosquittoPair pair, KitCredentials credentials, int id)
    {
        string user = KitCredentials.UserOf(id);
        return new MqttTransport(new MqttEndpoint(MqttEndpoint.ParseBrokers(pair.Urls()), user, user, credentials.PasswordOf(user)), "lab", id);
    }

    private async Task<IMqttClient> ObserveAsync(int port, KitCredentials credentials)
    {
        IMqttClient client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += e =>
        {
            _seen.Enqueue((e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.ToArray()));
            return Task.CompletedTask;
        };
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId(KitCredentials.HarnessUser)
            .WithCredentials(KitCredentials.HarnessUser, credentials.PasswordOf(KitCredentials.HarnessUser)).Build());
        await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(Topics.AllWire("lab")).Build());
        return client;
    }

    // Publishes until the observer sees the payload (the bridge may still be joining), within ArrivalLimit.
    private bool Arrives(MqttTransport general, byte[] payload, string topic)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < ArrivalLimit)
        {
            general.Publish(topic, payload, 0, false);
            if (SpinWait.SpinUntil(() => _seen.Any(m => m.Topic == topic && m.Payload.SequenceEqual(payload)), 200))
            {
                return true;
            }
        }

        return false;
    }
}
