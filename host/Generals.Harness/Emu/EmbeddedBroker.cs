using System.Buffers;
using System.Net;
using System.Net.Sockets;
using Generals.Core.Wire;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace Generals.Harness.Emu;

/// <summary>
/// The embedded MQTTnet 5 broker, the default network of emulated runs: per-general credentials, the ACL,
/// and the nemesis inside the publish interception (a wire frame is not processed; the network re-injects
/// each surviving copy into its destination's inbox later, so no handler ever waits).
/// </summary>
public sealed class EmbeddedBroker : IInboxSink, IAsyncDisposable
{
    private readonly string _kit;
    private readonly KitCredentials _credentials;
    private readonly BrokerAcl _acl;
    private readonly EmuNetwork? _network;
    private readonly MqttServer _server;
    private long _refusedConnections;
    private long _refusedPublishes;
    private long _refusedSubscriptions;

    public EmbeddedBroker(string kit, KitCredentials credentials, EmuNetwork? network, int port, IPAddress? address = null)
    {
        _kit = kit;
        _credentials = credentials;
        _acl = new BrokerAcl(kit);
        _network = network;
        Port = port;
        MqttServerOptions options = new MqttServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(address ?? IPAddress.Loopback)
            .WithDefaultEndpointPort(port)
            .Build();
        _server = new MqttServerFactory().CreateMqttServer(options);
        _server.ValidatingConnectionAsync += ValidateConnection;
        _server.InterceptingPublishAsync += InterceptPublish;
        _server.InterceptingSubscriptionAsync += InterceptSubscription;
        network?.Attach(this);
    }

    public int Port { get; }

    /// <summary>Connections refused: anonymous, unknown user, wrong password, or a client id that is not its user.</summary>
    public long RefusedConnections => Interlocked.Read(ref _refusedConnections);

    /// <summary>Publishes refused by the ACL (a general publishing as another, or to a topic not its own).</summary>
    public long RefusedPublishes => Interlocked.Read(ref _refusedPublishes);

    public long RefusedSubscriptions => Interlocked.Read(ref _refusedSubscriptions);

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

    public async ValueTask DisposeAsync()
    {
        if (_server.IsStarted)
        {
            await _server.StopAsync().ConfigureAwait(false);
        }

        _server.Dispose();
    }

    private Task ValidateConnection(ValidatingConnectionEventArgs e)
    {
        if (!_credentials.Accepts(e.UserName, e.Password) || e.ClientId != e.UserName)
        {
            Interlocked.Increment(ref _refusedConnections);
            e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
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
            Interlocked.Increment(ref _refusedPublishes);
            e.ProcessPublish = false;
            return Task.CompletedTask;
        }

        int id = KitCredentials.GeneralOf(client);
        if (_network != null && topic == Topics.Wire(_kit, id))
        {
            e.ProcessPublish = false;
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
            Interlocked.Increment(ref _refusedSubscriptions);
            e.ProcessSubscription = false;
            e.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
        }

        return Task.CompletedTask;
    }
}
