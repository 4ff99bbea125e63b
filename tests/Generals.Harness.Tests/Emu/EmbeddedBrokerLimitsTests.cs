using System.Net;
using System.Net.Sockets;
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

/// <summary>
/// The embedded broker's limits, met by raw TCP clients: each is enforced before MQTTnet reads a byte, so before
/// authentication. A wait here is an upper bound on something that must happen, never a measured figure.
/// </summary>
public sealed class EmbeddedBrokerLimitsTests
{
    /// <summary>How long a test waits for the broker to close a socket before it says the broker never did.</summary>
    private static readonly TimeSpan CloseWaitMax = TimeSpan.FromSeconds(30);

    /// <summary>A CONNECT fixed header claiming 268,435,455 bytes, the most MQTT can say, and no body.</summary>
    private static readonly byte[] HugeConnectHeader = [0x10, 0xFF, 0xFF, 0xFF, 0x7F];

    private readonly KitCredentials _credentials = KitCredentials.Generate([1, 2]);

    [Fact]
    public async Task Connect_ClaimingHundredsOfMegabytes_ClosedAfterTheHeaderWithoutBuffering()
    {
        await using EmbeddedBroker broker = await StartAsync(new BrokerLimits());
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var sockets = new List<Socket>();
        for (int i = 0; i < 3; i++)
        {
            Socket socket = await RawConnectAsync(IPAddress.Loopback, broker.Port);
            await socket.SendAsync(HugeConnectHeader);
            sockets.Add(socket);
        }

        foreach (Socket socket in sockets)
        {
            Assert.True(await ClosedByBrokerAsync(socket), "the broker kept an oversize CONNECT open, waiting for its body");
            socket.Dispose();
        }

        // The process-wide count includes tests running in parallel: the bound is a third of what the CONNECTs claimed.
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.True(allocated < 256L * 1024 * 1024, $"{allocated / (1024 * 1024)} MB allocated for three refused CONNECTs claiming 256 MB each");
        Assert.Equal(3, broker.Refusals[BrokerRefusal.OversizePacket]);
    }

    [Fact]
    public async Task Connect_HalfSentThenSilent_ClosedAtTheConnectTimeout()
    {
        await using EmbeddedBroker broker = await StartAsync(new BrokerLimits { ConnectTimeout = TimeSpan.FromMilliseconds(200) });
        using Socket socket = await RawConnectAsync(IPAddress.Loopback, broker.Port);

        await socket.SendAsync(new byte[] { 0x10, 0x0C, 0x00, 0x04 });

        Assert.True(await ClosedByBrokerAsync(socket), "a half-sent CONNECT kept its socket open");
        Assert.Equal(1, broker.Refusals[BrokerRefusal.ConnectTimeout]);
    }

    [Fact]
    public async Task Connect_OneOverThePerAddressCap_RefusedWhileTheGeneralsStayConnected()
    {
        await using EmbeddedBroker broker = await StartAsync(new BrokerLimits { ConnectionsPerAddressMax = 2 });
        using IMqttClient general1 = await ConnectAsync(broker, 1);
        using IMqttClient general2 = await ConnectAsync(broker, 2);

        bool refused = await RefusedAsync(IPAddress.Loopback, broker.Port);

        Assert.True(refused, "a third connection from 127.0.0.1 was admitted over a cap of 2");
        Assert.Equal(1, broker.Refusals[BrokerRefusal.AddressLimit]);
        await general1.PingAsync();
        await general2.PingAsync();
    }

    [Fact]
    public async Task Connect_FromAnotherLoopbackAddress_HasItsOwnCap()
    {
        await using EmbeddedBroker broker = await StartAsync(new BrokerLimits { ConnectionsPerAddressMax = 1, ConnectTimeout = TimeSpan.FromMinutes(1) });
        using Socket first = await RawConnectAsync(IPAddress.Loopback, broker.Port);

        using Socket other = await RawConnectAsync(IPAddress.Loopback, broker.Port, IPAddress.Parse("127.0.0.2"));
        using IMqttClient general1 = await ConnectAsync(broker, 1);

        Assert.False(general1.IsConnected);
        Assert.Equal(1, broker.Refusals[BrokerRefusal.AddressLimit]);
        Assert.Equal(2, broker.Listener.OpenConnections);
    }

    [Fact]
    public async Task Connect_SameGeneralAgain_OldSessionClosedAndTheTakeoverCounted()
    {
        await using EmbeddedBroker broker = await StartAsync(new BrokerLimits());
        using IMqttClient first = await ConnectAsync(broker, 2);
        var closed = new TaskCompletionSource();
        first.DisconnectedAsync += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        using IMqttClient second = await ConnectAsync(broker, 2);
        await closed.Task.WaitAsync(CloseWaitMax);

        Assert.True(second.IsConnected);
        Assert.Equal(1, broker.Refusals[BrokerRefusal.SessionTakeover]);
    }

    [Theory]
    [InlineData("127.0.0.1", "::1")]
    [InlineData("::1", "127.0.0.1")]
    public async Task Listen_OnOneLoopback_RefusesTheOtherFamily(string bound, string other)
    {
        int port = EmbeddedBroker.FreePort();
        await using var broker = new EmbeddedBroker("lab", _credentials, null, port, IPAddress.Parse(bound));
        await broker.StartAsync();

        SocketException refused = await Assert.ThrowsAsync<SocketException>(() => RawConnectAsync(IPAddress.Parse(other), port));

        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        using Socket accepted = await RawConnectAsync(IPAddress.Parse(bound), port);
    }

    [Fact]
    public async Task Publish_OfTheLargestFrame_PassesAndOneByteOverTheLimitClosesTheGeneral()
    {
        var clock = new HarnessClock();
        var history = new HistoryRecorder(() => clock.NowMs);
        using var scheduler = new DelayScheduler(clock);
        var network = new EmuNetwork("lab", 2, new NetworkNemesis(ScenarioLoader.Parse("name: t\ngenerals: 2", "t"), new Prng(1)), history, scheduler,
            new TelemetryAuthenticator("lab", TelemetryKeyRing.FromSeed(1, 2)));
        await using var broker = new EmbeddedBroker("lab", _credentials, network, EmbeddedBroker.FreePort());
        await broker.StartAsync();
        using IMqttClient general1 = await ConnectAsync(broker, 1);
        var disconnected = new TaskCompletionSource();
        general1.DisconnectedAsync += _ =>
        {
            disconnected.TrySetResult();
            return Task.CompletedTask;
        };

        await general1.PublishAsync(Message(Topics.Wire("lab", 1), FrameLimits.FrameBytesMax));
        int overhead = 1 + 3 + 2 + Topics.Wire("lab", 1).Length + 2;
        _ = general1.PublishAsync(Message(Topics.Wire("lab", 1), broker.Limits.PacketBytesMax - overhead + 1));
        await disconnected.Task.WaitAsync(CloseWaitMax);

        Assert.Equal(1, network.MalformedFrames);
        Assert.Equal(1, broker.Refusals[BrokerRefusal.OversizePacket]);
    }

    private static MqttApplicationMessage Message(string topic, int payloadBytes) =>
        new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(new byte[payloadBytes])
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();

    private static async Task<Socket> RawConnectAsync(IPAddress address, int port, IPAddress? from = null)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (from != null)
            {
                socket.Bind(new IPEndPoint(from, 0));
            }

            await socket.ConnectAsync(address, port);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>True when a new connection is reset at once or closed before it sends anything (the reset may beat the connect).</summary>
    private static async Task<bool> RefusedAsync(IPAddress address, int port)
    {
        try
        {
            using Socket socket = await RawConnectAsync(address, port);
            return await ClosedByBrokerAsync(socket);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
        {
            return true;
        }
    }

    /// <summary>True when the broker closes or resets the socket within <see cref="CloseWaitMax"/>.</summary>
    private static async Task<bool> ClosedByBrokerAsync(Socket socket)
    {
        using var wait = new CancellationTokenSource(CloseWaitMax);
        var buffer = new byte[16];
        try
        {
            // A refused client gets nothing: the first read ends the connection, never data.
            return await socket.ReceiveAsync(buffer, wait.Token) == 0;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<EmbeddedBroker> StartAsync(BrokerLimits limits)
    {
        var broker = new EmbeddedBroker("lab", _credentials, null, EmbeddedBroker.FreePort(), limits: limits);
        await broker.StartAsync();
        return broker;
    }

    private async Task<IMqttClient> ConnectAsync(EmbeddedBroker broker, int id)
    {
        IMqttClient client = new MqttClientFactory().CreateMqttClient();
        string user = KitCredentials.UserOf(id);
        try
        {
            await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port)
                .WithClientId(user).WithCredentials(user, _credentials.PasswordOf(user)).Build());
        }
        catch (MQTTnet.Exceptions.MqttCommunicationException)
        {
            // Refused before CONNACK: the caller looks at IsConnected.
        }

        return client;
    }
}
