using MQTTnet;
using MQTTnet.Protocol;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The rogue of a `rogue-telemetry` fault on emulated generals: a real MQTT client that logs in with a general's broker
/// password (as one stolen from the general's secrets would) and publishes forged and replayed frames on that general's
/// events and status topics. The broker lets it in (the password is right) and its ACL lets it publish there (the topics
/// are the general's own): only the telemetry MAC tells its frames from the general's. Its client id is the general's,
/// so it takes the general's session over for a moment, and the general takes it back when it reconnects.
/// </summary>
public static class RogueTelemetryClient
{
    /// <summary>
    /// Connections per fault: the general reconnects within milliseconds and takes its session back, which may cut the
    /// rogue off before it has published everything; a few attempts get the rest through without fighting it for long.
    /// </summary>
    public const int AttemptsMax = 5;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>Publishes <paramref name="messages"/> in order (QoS 1) as <paramref name="user"/>; returns how many the broker acknowledged.</summary>
    public static async Task<int> PublishAsync(
        string host, int port, string user, string password, IReadOnlyList<(string Topic, byte[] Payload)> messages, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(messages);
        int published = 0;
        for (int attempt = 0; attempt < AttemptsMax && published < messages.Count && !cancel.IsCancellationRequested; attempt++)
        {
            using IMqttClient client = new MqttClientFactory().CreateMqttClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(Timeout);
            try
            {
                MqttClientOptions options = new MqttClientOptionsBuilder().WithTcpServer(host, port).WithClientId(user)
                    .WithCredentials(user, password).WithCleanSession(true).Build();
                if ((await client.ConnectAsync(options, timeout.Token).ConfigureAwait(false)).ResultCode != MqttClientConnectResultCode.Success)
                {
                    continue;
                }

                for (; published < messages.Count; published++)
                {
                    MqttApplicationMessage message = new MqttApplicationMessageBuilder().WithTopic(messages[published].Topic)
                        .WithPayload(messages[published].Payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
                    if (!(await client.PublishAsync(message, timeout.Token).ConfigureAwait(false)).IsSuccess)
                    {
                        break;
                    }
                }

                await client.DisconnectAsync(cancellationToken: timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException
                or InvalidOperationException or MQTTnet.Adapter.MqttConnectingFailedException)
            {
                // Cut off (the general took its session back) or refused: the next attempt goes on from `published`.
            }
        }

        return published;
    }
}
