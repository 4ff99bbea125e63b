using System.Buffers;
using System.Globalization;
using Generals.Core.Wire;
using Generals.Harness.Worlds.Emu;
using MQTTnet;
using MQTTnet.Protocol;

namespace Generals.Harness.Inspect;

/// <summary>
/// Watches a running emulated run's broker as its read-only watcher (<see cref="WatchCard"/>): every frame a general sends
/// on its wire topic and every copy the network delivers into an inbox, each decoded into one line (<see cref="Describe"/>).
/// </summary>
public sealed class WireSniffer : IAsyncDisposable
{
    private readonly WatchCard _card;
    private readonly Action<string> _line;
    private readonly int _framesMax;
    private readonly IMqttClient _client;
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly Lock _writing = new();
    private long _sent;
    private long _delivered;

    /// <summary>A sniffer that hands each line to <paramref name="line"/> and stops after <paramref name="framesMax"/> frames (0: at the run's end).</summary>
    public WireSniffer(WatchCard card, Action<string> line, int framesMax)
    {
        ArgumentNullException.ThrowIfNull(card);
        _card = card;
        _line = line;
        _framesMax = framesMax;
        _client = new MqttClientFactory().CreateMqttClient();
        _client.ApplicationMessageReceivedAsync += e =>
        {
            OnMessage(e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.ToArray());
            return Task.CompletedTask;
        };
        _client.DisconnectedAsync += _ =>
        {
            _ended.TrySetResult();
            return Task.CompletedTask;
        };
    }

    /// <summary>Frames seen as their general published them.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Copies seen as the network delivered them.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Connects and subscribes; an <see cref="IOException"/> when the broker refuses the watcher or a topic.</summary>
    public async Task ConnectAsync(CancellationToken cancel)
    {
        Generals.Core.Config.BrokerAddress first = Generals.Host.Node.MqttEndpoint.ParseBrokers(_card.Broker)[0];
        (string host, int port) = (first.Host, first.Port);
        MqttClientOptions options = new MqttClientOptionsBuilder()
            .WithTcpServer(host, port)
            .WithClientId(_card.User)
            .WithCredentials(_card.User, _card.Password)
            .WithCleanSession(true)
            .Build();
        MqttClientConnectResult connected = await _client.ConnectAsync(options, cancel).ConfigureAwait(false);
        if (connected.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new IOException($"the broker at {_card.Broker} refused the watcher: {connected.ResultCode}");
        }

        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (string topic in _card.Topics)
        {
            subscribe.WithTopicFilter(topic, MqttQualityOfServiceLevel.AtMostOnce);
        }

        MqttClientSubscribeResult subscribed = await _client.SubscribeAsync(subscribe.Build(), cancel).ConfigureAwait(false);
        if (subscribed.Items.FirstOrDefault(i => i.ResultCode > MqttClientSubscribeResultCode.GrantedQoS2) is { } refused)
        {
            throw new IOException($"the broker at {_card.Broker} refused the watcher's subscription to {refused.TopicFilter.Topic}: {refused.ResultCode}");
        }
    }

    /// <summary>Until the broker closes the connection (the run ended, or its broker went down), the frame limit, or <paramref name="cancel"/>.</summary>
    public async Task WatchAsync(CancellationToken cancel)
    {
        try
        {
            await _ended.Task.WaitAsync(cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped by the caller: what was seen stands.
        }
    }

    /// <summary>
    /// One line for a message on <paramref name="topic"/> of kit <paramref name="kit"/> seen <paramref name="seconds"/> after
    /// the sniffer started: `  1.234 s  sent       Heartbeat  2 -> all  instance 0  round 0  seq 17  61 B` (seq: the sender's
    /// sequence number, which a delivered copy keeps, so a sent line without its delivered line is a lost frame); a delivered copy names
    /// the inbox's general as its receiver; bytes that are no frame give the decoder's reason. Null for a topic that is
    /// neither a wire nor an inbox of the kit.
    /// </summary>
    public static string? Describe(string kit, string topic, byte[] payload, double seconds)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(payload);
        string[] parts = topic.Split('/');
        bool sent = parts.Length == 4 && parts[0] == "gl" && parts[1] == kit && parts[2] == "wire";
        bool delivered = parts.Length == 5 && parts[0] == "gl" && parts[1] == kit && parts[2] == "n" && parts[4] == "in";
        if (!sent && !delivered)
        {
            return null;
        }

        string when = seconds.ToString("0.000", CultureInfo.InvariantCulture).PadLeft(8) + " s";
        string what = (sent ? "sent" : "delivered").PadRight(9);
        FrameRejection rejection = FrameCodec.TryDecode(payload, out Frame frame);
        if (rejection != FrameRejection.None)
        {
            string where = sent ? $"from {parts[3]}" : $"to {parts[3]}";
            return $"{when}  {what}  rejected: {rejection} ({FrameDescription.Explain(rejection)})  {where}  {payload.Length} B";
        }

        string to = delivered ? parts[3] : Id(frame.Route.To);
        return string.Create(CultureInfo.InvariantCulture,
            $"{when}  {what}  {frame.Kind,-9}  {Id(frame.Route.From)} -> {to,-3}  instance {frame.Stamp.Instance}  round {frame.Stamp.Round}  seq {frame.Stamp.Sequence}  {payload.Length} B");
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync().ConfigureAwait(false);
        }

        _client.Dispose();
    }

    private static string Id(int id) => id switch
    {
        FrameLimits.HarnessId => "harness",
        FrameLimits.Broadcast => "all",
        _ => id.ToString(CultureInfo.InvariantCulture),
    };

    private void OnMessage(string topic, byte[] payload)
    {
        string? line = Describe(_card.Kit, topic, payload, _clock.Elapsed.TotalSeconds);
        if (line == null)
        {
            return;
        }

        lock (_writing)
        {
            if (_framesMax > 0 && Sent + Delivered >= _framesMax)
            {
                return;
            }

            Interlocked.Increment(ref topic.Contains("/wire/", StringComparison.Ordinal) ? ref _sent : ref _delivered);
            _line(line);
            if (_framesMax > 0 && Sent + Delivered >= _framesMax)
            {
                _ended.TrySetResult();
            }
        }
    }
}
