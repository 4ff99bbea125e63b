using System.Buffers;
using System.Globalization;
using Generals.Core.Wire;
using MQTTnet;
using MQTTnet.Protocol;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The harness as an MQTT client of an external broker (mosquitto, an EMQX cluster): it subscribes to every
/// wire, events and status topic of the kit, hands frames to the <see cref="EmuNetwork"/>, and publishes what the
/// nemesis lets through to the generals' inboxes. Same nemesis, same decisions as with the embedded broker. Its publishes
/// go through a <see cref="PublishPipeline"/>: several in flight, each general's in order, a failure counted.
/// </summary>
public sealed class MqttRelay : IInboxSink, IAsyncDisposable
{
    private readonly string _kit;
    private readonly EmuNetwork _network;
    private readonly IMqttClient _client;
    private readonly string _host;
    private readonly int _port;
    private readonly string _password;
    private readonly PublishPipeline _pipeline;

    /// <summary>
    /// How long a stopping relay waits for publishes still queued or in flight before it disconnects: at the end of a run they
    /// are deliveries the history already holds, and a bounded wait keeps a dead broker from holding the harness's stop.
    /// </summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);

    public MqttRelay(string kit, EmuNetwork network, string host, int port, string harnessPassword)
    {
        _kit = kit;
        _network = network;
        _host = host;
        _port = port;
        _password = harnessPassword;
        _client = new MqttClientFactory().CreateMqttClient();
        _pipeline = new PublishPipeline((topic, payload, retain) => _client.PublishAsync(Message(topic, payload, retain)));
        _client.ApplicationMessageReceivedAsync += e =>
        {
            string[] parts = e.ApplicationMessage.Topic.Split('/');
            byte[] payload = e.ApplicationMessage.Payload.ToArray();
            if (parts.Length == 4 && parts[2] == "wire" && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out int from))
            {
                _network.OnWire(from, payload);
            }
            else if (parts.Length == 5 && parts[4] == "events" && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out int id))
            {
                _network.OnTelemetry(id, payload);
            }
            else if (parts.Length == 5 && parts[4] == "status" && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out int general))
            {
                _network.OnStatus(general, payload);
                ResendAfterFailover(general);
            }

            return Task.CompletedTask;
        };
        network.Attach(this);
    }

    /// <summary>With a bridged pair: what the relay publishes again to a general that failed over (null: nothing is kept).</summary>
    public FailoverResend? Resend { get; init; }

    /// <summary>Publishes that failed (the broker gone, the client disconnected): counted, as the scheduler counts its failures.</summary>
    public long PublishFailures => _pipeline.Failures;

    /// <summary>Publishes refused because the relay's queue was full (<see cref="PublishPipeline.QueuedMax"/>).</summary>
    public long PublishOverflows => _pipeline.Overflows;

    /// <summary>Why the last publish failed, null before any.</summary>
    public string? LastPublishError => _pipeline.LastError;

    public async Task ConnectAsync(CancellationToken cancel)
    {
        MqttClientOptions options = new MqttClientOptionsBuilder()
            .WithTcpServer(_host, _port)
            .WithClientId(KitCredentials.HarnessUser)
            .WithCredentials(KitCredentials.HarnessUser, _password)
            .WithCleanSession(true)
            .Build();
        await _client.ConnectAsync(options, cancel).ConfigureAwait(false);
        await _client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(Topics.AllWire(_kit), MqttQualityOfServiceLevel.AtMostOnce)
            .WithTopicFilter("gl/" + _kit + "/n/+/events", MqttQualityOfServiceLevel.AtLeastOnce)
            .WithTopicFilter("gl/" + _kit + "/n/+/status", MqttQualityOfServiceLevel.AtLeastOnce)
            .Build(), cancel).ConfigureAwait(false);
    }

    public void Publish(string topic, byte[] payload, bool retain = false)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (Resend != null && GeneralOf(topic) is int general)
        {
            Resend.Published(general, topic, payload, _network.NowMs);
        }

        // Ordered per destination general (its inbox and control topic together), other topics each on their own.
        string orderKey = GeneralOf(topic) is int to ? to.ToString(CultureInfo.InvariantCulture) : topic;
        _pipeline.Enqueue(orderKey, topic, payload, retain);
    }

    // The general whose inbox or control topic this is (gl/KIT/n/ID/in, gl/KIT/n/ID/ctl), or null.
    private static int? GeneralOf(string topic)
    {
        string[] parts = topic.Split('/');
        return parts.Length == 5 && parts[2] == "n" && (parts[4] == "in" || parts[4] == "ctl")
            && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out int id) ? id : null;
    }

    // Awaited, never blocked on: this runs on MQTTnet's receive path, which must go on reading (a control frame is published
    // at QoS 1, whose acknowledgement it reads), and a blocked thread-pool thread would stall every other client of the pool.
    private void ResendAfterFailover(int general)
    {
        if (Resend?.OnStatus(general) is not { Count: > 0 } again)
        {
            return;
        }

        _ = ResendAsync(again);
    }

    private async Task ResendAsync(IReadOnlyList<(string Topic, byte[] Payload)> again)
    {
        await Task.Yield();
        foreach ((string topic, byte[] payload) in again)
        {
            try
            {
                await _client.PublishAsync(Message(topic, payload, retain: false)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException or InvalidOperationException)
            {
                return;
            }
        }
    }

    private static MqttApplicationMessage Message(string topic, byte[] payload, bool retain) =>
        new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(topic.EndsWith("/ctl", StringComparison.Ordinal) ? MqttQualityOfServiceLevel.AtLeastOnce : MqttQualityOfServiceLevel.AtMostOnce)
            .WithRetainFlag(retain)
            .Build();

    /// <summary>Waits until every publish queued so far is done, at most <see cref="DrainTimeout"/>.</summary>
    public async Task DrainAsync() => await Task.WhenAny(_pipeline.WhenIdle(), Task.Delay(DrainTimeout)).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        await DrainAsync().ConfigureAwait(false);
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync().ConfigureAwait(false);
        }

        _client.Dispose();
    }
}
