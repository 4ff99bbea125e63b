using System.Buffers;
using System.Globalization;
using Generals.Core.Wire;
using MQTTnet;
using MQTTnet.Protocol;

namespace Generals.Bench.Soak;

/// <summary>
/// Every frame published on the soak's broker, for the whole soak, written to one file: what the generals put on their
/// wire topics (SM chains and their LMS signatures), what the harness sent on the control topics (each command signed
/// with the harness's LMS key), and the generals' sealed telemetry and status. Read back by <see cref="SoakCaptureFile"/>.
/// The client logs in as the broker's read-only capture user; it reconnects if the broker drops it (counted).
/// </summary>
public sealed class SoakCapture : IAsyncDisposable
{
    /// <summary>Reconnections at most: the broker lives for the whole soak, so more than a few means something is wrong.</summary>
    private const int ReconnectsMax = 20;

    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly SoakBroker _broker;
    private readonly SoakCounts _counts;
    private readonly BinaryWriter _file;
    private readonly Lock _lock = new();
    private volatile bool _stopping;

    private SoakCapture(SoakBroker broker, string path, SoakCounts counts)
    {
        _broker = broker;
        _counts = counts;
        _file = new BinaryWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16));
        _client.ApplicationMessageReceivedAsync += e =>
        {
            Record(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.ToArray());
            return Task.CompletedTask;
        };
        _client.DisconnectedAsync += async _ =>
        {
            if (_stopping || _counts["capture/reconnects"] >= ReconnectsMax)
            {
                return;
            }

            _counts.Add("capture/reconnects");
            await Task.Delay(200).ConfigureAwait(false);
            await ConnectAsync().ConfigureAwait(false);
        };
    }

    /// <summary>Connects and subscribes to every wire, control, events and status topic of the kit.</summary>
    public static async Task<SoakCapture> StartAsync(SoakBroker broker, string path, SoakCounts counts)
    {
        var capture = new SoakCapture(broker, path, counts);
        await capture.ConnectAsync().ConfigureAwait(false);
        return capture;
    }

    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync().ConfigureAwait(false);
        }

        _client.Dispose();
        lock (_lock)
        {
            _file.Dispose();
        }
    }

    private async Task ConnectAsync()
    {
        MqttClientOptions options = new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", _broker.Port)
            .WithClientId(SoakBroker.CaptureUser).WithCredentials(SoakBroker.CaptureUser, _broker.CapturePassword).WithCleanSession(true).Build();
        await _client.ConnectAsync(options).ConfigureAwait(false);
        string kit = "gl/" + SoakKit.Id;
        await _client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(kit + "/wire/+", MqttQualityOfServiceLevel.AtLeastOnce)
            .WithTopicFilter(kit + "/n/+/ctl", MqttQualityOfServiceLevel.AtLeastOnce)
            .WithTopicFilter(kit + "/n/+/events", MqttQualityOfServiceLevel.AtLeastOnce)
            .WithTopicFilter(kit + "/n/+/status", MqttQualityOfServiceLevel.AtLeastOnce)
            .Build()).ConfigureAwait(false);
    }

    private void Record(string topic, byte[] payload)
    {
        string[] parts = topic.Split('/');
        CaptureChannel channel = parts switch
        {
            [_, _, "wire", _] => CaptureChannel.Wire,
            [_, _, "n", _, "ctl"] => CaptureChannel.Control,
            [_, _, "n", _, "events"] => CaptureChannel.Events,
            [_, _, "n", _, "status"] => CaptureChannel.Status,
            _ => CaptureChannel.None,
        };
        int node = parts.Length > 3 && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out int id) && id is >= FrameLimits.HarnessId and <= FrameLimits.GeneralIdMax ? id : -1;
        if (channel == CaptureChannel.None || node < 0)
        {
            _counts.Add("capture/unexpected-topic");
            return;
        }

        _counts.Add("capture/" + channel.ToString().ToLowerInvariant());
        lock (_lock)
        {
            if (_stopping)
            {
                return;
            }

            _file.Write((byte)channel);
            _file.Write((byte)node);
            _file.Write(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            _file.Write(payload.Length);
            _file.Write(payload);
        }
    }
}
