using System.Buffers;
using System.Net;
using System.Net.Sockets;
using Generals.Core.Wire;
using Generals.Harness.Worlds.Lab.Power;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The embedded MQTTnet 5 broker, the default network of emulated runs: per-general credentials, the ACL,
/// and the nemesis inside the publish interception (a wire frame goes only to the watcher, if one subscribed; the network
/// re-injects each surviving copy into its destination's inbox later, so no handler ever waits). Clients reach MQTTnet only
/// through <see cref="BrokerListener"/>, which enforces <see cref="BrokerLimits"/> before anything is buffered.
/// </summary>
public sealed class EmbeddedBroker : IInboxSink, IRelayDaemonBus, IAsyncDisposable
{
    private readonly string _kit;
    private readonly KitCredentials _credentials;
    private readonly BrokerAcl _acl;
    private readonly EmuNetwork? _network;
    private readonly MqttServer _server;

    // True while the watcher holds a subscription to the wire: only then does the broker pass wire frames on (to it alone).
    private volatile bool _wireWatched;

    /// <summary>A broker on <paramref name="address"/> (IPv4 loopback when null) and <paramref name="port"/>, and only there.</summary>
    public EmbeddedBroker(string kit, KitCredentials credentials, EmuNetwork? network, int port, IPAddress? address = null, BrokerLimits? limits = null)
    {
        _kit = kit;
        _credentials = credentials;
        _acl = new BrokerAcl(kit);
        _network = network;
        Port = port;
        Limits = limits ?? new BrokerLimits();
        Listener = new BrokerListener(new IPEndPoint(address ?? IPAddress.Loopback, port), Limits, Refusals);
        _server = new MqttServerFactory().CreateMqttServer(new MqttServerOptionsBuilder().Build(), [Listener]);
        _server.ValidatingConnectionAsync += ValidateConnection;
        _server.InterceptingPublishAsync += InterceptPublish;
        _server.InterceptingSubscriptionAsync += InterceptSubscription;
        _server.ClientDisconnectedAsync += OnClientDisconnected;
        network?.Attach(this);
    }

    public int Port { get; }

    public BrokerLimits Limits { get; }

    /// <summary>The listener in front of MQTTnet (its open connections).</summary>
    public BrokerListener Listener { get; }

    /// <summary>Every refusal by reason: limits, credentials, ACL.</summary>
    public BrokerRefusals Refusals { get; } = new();

    /// <summary>Connections refused: anonymous, unknown user, wrong password, or a client id that is not its user.</summary>
    public long RefusedConnections => Refusals[BrokerRefusal.Credentials];

    /// <summary>Publishes refused by the ACL (a general publishing as another, or to a topic not its own).</summary>
    public long RefusedPublishes => Refusals[BrokerRefusal.Publish];

    public long RefusedSubscriptions => Refusals[BrokerRefusal.Subscription];

    /// <summary>A free TCP port on the loopback interface.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public Task StartAsync() => _server.StartAsync();

    public Task StopAsync() => _server.StopAsync();

    /// <summary>Publishes as the harness (control commands, deliveries into inboxes).</summary>
    public void Publish(string topic, byte[] payload, bool retain = false)
    {
        MqttApplicationMessage message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtMostOnce)
            .WithRetainFlag(retain)
            .Build();
        _server.InjectApplicationMessage(new InjectedMqttApplicationMessage(message) { SenderClientId = KitCredentials.HarnessUser })
            .GetAwaiter().GetResult();
    }

    /// <summary>Publishes a relay command for usbrelayd as the harness.</summary>
    public bool Command(string topic, string payload)
    {
        Publish(topic, System.Text.Encoding.UTF8.GetBytes(payload));
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server.IsStarted)
        {
            await _server.StopAsync().ConfigureAwait(false);
        }

        _server.Dispose();
    }

    /// <summary>
    /// Admits usbrelayd (no credentials, client id <see cref="UsbRelayd.ClientId"/>, relay topics only): set by a lab whose
    /// nf.config switches a board with `usbrelayd:`; off otherwise, so an anonymous client is always refused.
    /// </summary>
    public bool AdmitRelayDaemon { get; set; }

    /// <summary>A relay state usbrelayd published (`stat/SERIAL/N`, its payload).</summary>
    public event Action<string, string>? RelayState;

    private Task ValidateConnection(ValidatingConnectionEventArgs e)
    {
        if (AdmitRelayDaemon && e.ClientId == UsbRelayd.ClientId && string.IsNullOrEmpty(e.UserName) && string.IsNullOrEmpty(e.Password))
        {
            return Task.CompletedTask;
        }

        if (!_credentials.Accepts(e.UserName, e.Password) || e.ClientId != e.UserName)
        {
            Refusals.Count(BrokerRefusal.Credentials);
            e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
        }

        return Task.CompletedTask;
    }

    private Task OnClientDisconnected(ClientDisconnectedEventArgs e)
    {
        if (e.ClientId == KitCredentials.WatcherUser)
        {
            _wireWatched = false;
        }

        if (e.DisconnectType == MqttClientDisconnectType.Takeover)
        {
            Refusals.Count(BrokerRefusal.SessionTakeover);
        }

        return Task.CompletedTask;
    }

    private Task InterceptPublish(InterceptingPublishEventArgs e)
    {
        string? client = e.ClientId;
        if (string.IsNullOrEmpty(client) || client == KitCredentials.HarnessUser)
        {
            return Task.CompletedTask;
        }

        string topic = e.ApplicationMessage.Topic;
        if (!_acl.MayPublish(client, topic))
        {
            Refusals.Count(BrokerRefusal.Publish);
            e.ProcessPublish = false;
            return Task.CompletedTask;
        }

        if (client == UsbRelayd.ClientId)
        {
            RelayState?.Invoke(topic, e.ApplicationMessage.ConvertPayloadToString() ?? "");
            return Task.CompletedTask;
        }

        int id = KitCredentials.GeneralOf(client);
        if (_network != null && topic == Topics.Wire(_kit, id))
        {
            // The network delivers the frame (to inboxes, through the nemesis). The broker itself passes it on only while the
            // watcher (`generals sniff`, the one client the ACL lets subscribe to the wire) is subscribed: otherwise it does
            // no work for a frame nobody else may read.
            e.ProcessPublish = _wireWatched;
            _network.OnWire(id, e.ApplicationMessage.Payload.ToArray());
        }
        else if (_network != null && topic == Topics.Events(_kit, id))
        {
            _network.OnTelemetry(id, e.ApplicationMessage.Payload.ToArray());
        }
        else if (_network != null && topic == Topics.Status(_kit, id))
        {
            _network.OnStatus(id, e.ApplicationMessage.Payload.ToArray());
        }

        return Task.CompletedTask;
    }

    private Task InterceptSubscription(InterceptingSubscriptionEventArgs e)
    {
        if (!_acl.MaySubscribe(e.ClientId, e.TopicFilter.Topic))
        {
            Refusals.Count(BrokerRefusal.Subscription);
            e.ProcessSubscription = false;
            e.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
        }
        else if (e.ClientId == KitCredentials.WatcherUser && e.TopicFilter.Topic.StartsWith($"gl/{_kit}/wire/", StringComparison.Ordinal))
        {
            _wireWatched = true;
        }

        return Task.CompletedTask;
    }
}
