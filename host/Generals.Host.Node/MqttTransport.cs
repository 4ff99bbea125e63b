using System.Buffers;
using System.Collections.Concurrent;
using Generals.Core.Config;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using MQTTnet;
using MQTTnet.Protocol;

namespace Generals.Host.Node;

/// <summary>
/// An emulated general's transport over an MQTTnet 5 client: publishes to its wire, events and status topics,
/// receives from its inbox and control topics, and leaves the sealed `offline` status it is given as its retained last will. It never
/// reconnects by itself (no reconnect in the disconnected handler): <see cref="NodeRuntime"/>'s loop calls
/// <see cref="TryConnect"/> with backoff. With several brokers (a bridged pair, docs/broker.md) each attempt is one
/// <see cref="BrokerFailover"/> round: the current broker, then the others; a lost connection starts the next round on the
/// next broker, and every connection names its broker in the log.
/// </summary>
public sealed class MqttTransport : ITransport, IBrokerDialer, IDisposable
{
    /// <summary>Inbound messages waiting for the runtime; beyond this the oldest are dropped, as a full radio buffer would.</summary>
    public const int InboxMax = 10_000;

    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(2);

    private readonly MqttEndpoint _endpoint;
    private readonly string _inboxTopic;
    private readonly string _controlTopic;
    private readonly string _statusTopic;
    private IMqttClient _client;
    private readonly ConcurrentQueue<InboundMessage> _inbox = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly int _clockScale;
    private readonly BrokerFailover _failover;
    private readonly TextWriter _log;
    private long _dropped;
    private byte[]? _lastWill;
    private byte[] _dialWill = [];
    private bool _wasConnected;

    /// <summary>A transport for general <paramref name="id"/>; waits are given in the general's clock, which runs <paramref name="clockScale"/> times slower than real time.</summary>
    public MqttTransport(MqttEndpoint endpoint, string kit, int id, int clockScale = 1, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentOutOfRangeException.ThrowIfLessThan(clockScale, 1);
        _clockScale = clockScale;
        _endpoint = endpoint;
        _failover = new BrokerFailover(endpoint.Brokers.Count);
        _log = log ?? TextWriter.Null;
        _inboxTopic = Topics.Inbox(kit, id);
        _controlTopic = Topics.Control(kit, id);
        _statusTopic = Topics.Status(kit, id);
        _client = NewClient();
    }

    /// <summary>Inbound messages dropped because the inbox was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public bool IsConnected => _client.IsConnected;

    /// <summary>True once the general has been connected to the broker at least once.</summary>
    public bool EverConnected { get; private set; }

    /// <summary>Why the last connection attempt failed ("" before any failed): what a person waiting for the broker reads.</summary>
    public string LastConnectError { get; private set; } = "";

    /// <summary>The broker connected to, or the one the next attempt tries first.</summary>
    public BrokerAddress CurrentBroker => _endpoint.Brokers[_failover.Current];

    /// <summary>Connections made on another broker than the one before (a failover).</summary>
    public int Failovers => _failover.Failovers;

    public bool TryConnect(byte[] lastWill)
    {
        ArgumentNullException.ThrowIfNull(lastWill);
        if (_client.IsConnected)
        {
            return true;
        }

        if (_wasConnected)
        {
            // A client whose connection just dropped may still be closing it ("connect/disconnect is pending") and would
            // refuse the next broker: a fresh client fails over at once.
            _wasConnected = false;
            _log.WriteLine($"lost the broker at {CurrentBroker}");
            _failover.Lost();
            _client.Dispose();
            _client = NewClient();
        }

        _dialWill = lastWill;
        int broker = _failover.Connect(this);
        if (broker < 0)
        {
            return false;
        }

        _wasConnected = true;
        _log.WriteLine(BrokerConnectionLine.Format(_endpoint.Brokers[broker].ToString(), broker + 1, _endpoint.Brokers.Count, _failover.Failovers));
        return true;
    }

    /// <summary>One connection attempt to broker <paramref name="broker"/> of the endpoint's list (a <see cref="BrokerFailover"/> dial).</summary>
    bool IBrokerDialer.Dial(int broker)
    {
        byte[] lastWill = _dialWill;
        BrokerAddress address = _endpoint.Brokers[broker];
        try
        {
            MqttClientOptions options = new MqttClientOptionsBuilder()
                .WithTcpServer(address.Host, address.Port)
                .WithClientId(_endpoint.ClientId)
                .WithCredentials(_endpoint.UserName, _endpoint.Password)
                .WithCleanSession(true)
                .WithTimeout(ConnectTimeout)
                .WithKeepAlivePeriod(TimeSpan.FromSeconds(5))
                .WithWillTopic(_statusTopic)
                .WithWillPayload(lastWill)
                .WithWillRetain(true)
                .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build();
            using var timeout = new CancellationTokenSource(ConnectTimeout);
            MqttClientConnectResult result = _client.ConnectAsync(options, timeout.Token).GetAwaiter().GetResult();
            if (result.ResultCode != MqttClientConnectResultCode.Success)
            {
                LastConnectError = $"the broker at {address} refused the connection: {result.ResultCode}";
                return false;
            }

            _lastWill = lastWill;

            _client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
                .WithTopicFilter(_inboxTopic, MqttQualityOfServiceLevel.AtMostOnce)
                .WithTopicFilter(_controlTopic, MqttQualityOfServiceLevel.AtLeastOnce)
                .Build(), timeout.Token).GetAwaiter().GetResult();
            EverConnected |= _client.IsConnected;
            return _client.IsConnected;
        }
        catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException
            or InvalidOperationException or System.Net.Sockets.SocketException or MQTTnet.Adapter.MqttConnectingFailedException)
        {
            LastConnectError = e is OperationCanceledException ? $"{address}: no answer within {ConnectTimeout.TotalSeconds:0} s" : $"{address}: {(e.InnerException ?? e).Message}";
            return false;
        }
    }

    public bool Publish(string topic, byte[] payload, int qos, bool retain)
    {
        if (!_client.IsConnected)
        {
            return false;
        }

        try
        {
            MqttApplicationMessage message = new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(payload)
                .WithQualityOfServiceLevel(qos == 0 ? MqttQualityOfServiceLevel.AtMostOnce : MqttQualityOfServiceLevel.AtLeastOnce)
                .WithRetainFlag(retain)
                .Build();
            using var timeout = new CancellationTokenSource(PublishTimeout);
            return _client.PublishAsync(message, timeout.Token).GetAwaiter().GetResult().IsSuccess;
        }
        catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException or InvalidOperationException)
        {
            return false;
        }
    }

    public InboundMessage TryReceive()
    {
        if (_inbox.TryDequeue(out InboundMessage? message))
        {
            return message;
        }

        return null!;
    }

    public bool WaitForInbound(int timeoutMs)
    {
        if (!_inbox.IsEmpty)
        {
            return true;
        }

        _arrived.Wait((int)Math.Min(int.MaxValue, (long)timeoutMs * _clockScale));
        return !_inbox.IsEmpty;
    }

    // One MQTTnet client, whose deliveries go to the inbox (its own thread; bounded by InboxMax).
    private IMqttClient NewClient()
    {
        IMqttClient client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += e =>
        {
            InboundChannel channel = e.ApplicationMessage.Topic == _controlTopic ? InboundChannel.Control : InboundChannel.Inbox;
            if (_inbox.Count >= InboxMax && _inbox.TryDequeue(out _))
            {
                Interlocked.Increment(ref _dropped);
            }

            _inbox.Enqueue(new InboundMessage(channel, e.ApplicationMessage.Payload.ToArray()));
            _arrived.Release();
            return Task.CompletedTask;
        };

        // A lost connection wakes the runtime from its wait (up to WaitSliceMs of the general's clock), so it reconnects, or
        // fails over, at once rather than after the wait.
        client.DisconnectedAsync += _ =>
        {
            _arrived.Release();
            return Task.CompletedTask;
        };
        return client;
    }

    /// <summary>A clean goodbye: the status goes offline with this connection's will (a kill -9 leaves that to the broker).</summary>
    public void Dispose()
    {
        if (_client.IsConnected && _lastWill != null)
        {
            Publish(_statusTopic, _lastWill, 1, true);
            _client.DisconnectAsync().GetAwaiter().GetResult();
        }

        _client.Dispose();
        _arrived.Dispose();
    }
}
