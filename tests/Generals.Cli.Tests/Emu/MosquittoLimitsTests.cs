using System.Net;
using System.Net.Sockets;
using Generals.Core.Wire;
using Generals.Harness.Worlds.Emu;
using MQTTnet;
using MQTTnet.Protocol;

namespace Generals.Cli.Tests.Emu;

/// <summary>
/// The generated mosquitto setup under attack: the password file, general 2's password under another client id,
/// and refusals counted from mosquitto's log in its folder. A wait here bounds something that must happen.
/// </summary>
[Collection("emulated")]
public sealed class MosquittoLimitsTests : IDisposable
{
    /// <summary>How long a test waits for mosquitto to act or to write its log before it says it never did.</summary>
    private static readonly TimeSpan WaitMax = TimeSpan.FromSeconds(20);

    private readonly string _root = Directory.CreateTempSubdirectory("generals-mosquitto-limits-").FullName;
    private readonly KitCredentials _credentials = KitCredentials.Generate([1, 2]);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Start_PasswordFile_OwnerOnlyNoPlaintextAndMosquittoAcceptsIt()
    {
        using MosquittoBroker mosquitto = MosquittoBroker.Start(_root, "lab", _credentials, [1, 2]);
        string passwd = Path.Combine(_root, "passwd");

        using IMqttClient general1 = await ConnectAsync(mosquitto, 1, "general-1");

        string text = File.ReadAllText(passwd);
        Assert.All(_credentials.Passwords.Values, password => Assert.DoesNotContain(password, text, StringComparison.Ordinal));
        Assert.All(Directory.GetFiles(_root), file => Assert.DoesNotContain(_credentials.PasswordOf("general-1"), File.ReadAllText(file), StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(passwd));
        }

        Assert.True(general1.IsConnected);
    }

    [Fact]
    public async Task Connect_GeneralTwosPasswordUnderAnotherClientId_NoSecondSessionAndTheTakeoverIsCounted()
    {
        using MosquittoBroker mosquitto = MosquittoBroker.Start(_root, "lab", _credentials, [1, 2]);
        using IMqttClient general2 = await ConnectAsync(mosquitto, 2, "general-2");
        var closed = new TaskCompletionSource();
        general2.DisconnectedAsync += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        using IMqttClient intruder = await ConnectAsync(mosquitto, 2, "intruder");
        await closed.Task.WaitAsync(WaitMax);

        Assert.False(general2.IsConnected);
        Assert.Equal(1, await CountAsync(mosquitto, BrokerRefusal.SessionTakeover));
    }

    [Fact]
    public async Task Mosquitto_BadPasswordAclDenialAndOversizePackets_CountedFromItsLogInItsFolder()
    {
        using MosquittoBroker mosquitto = MosquittoBroker.Start(_root, "lab", _credentials, [1, 2]);
        using IMqttClient general1 = await ConnectAsync(mosquitto, 1, "general-1");
        using IMqttClient wrongPassword = new MqttClientFactory().CreateMqttClient();

        MqttClientConnectResultCode code;
        try
        {
            code = (await wrongPassword.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", mosquitto.Port)
                .WithClientId("general-1").WithCredentials("general-1", "wrong").Build())).ResultCode;
        }
        catch (MQTTnet.Adapter.MqttConnectingFailedException)
        {
            code = MqttClientConnectResultCode.NotAuthorized;
        }

        await general1.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Topics.Wire("lab", 2)).WithPayload(new byte[] { 1 })
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        using (var raw = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            await raw.ConnectAsync(IPAddress.Loopback, mosquitto.Port);
            await raw.SendAsync(new byte[] { 0x10, 0xFF, 0xFF, 0xFF, 0x7F });
            Assert.Equal(0, await raw.ReceiveAsync(new byte[16]).WaitAsync(WaitMax));
        }

        Assert.NotEqual(MqttClientConnectResultCode.Success, code);
        Assert.Equal(Path.Combine(_root, MosquittoConfig.LogFile), mosquitto.LogPath);
        Assert.True(await CountAsync(mosquitto, BrokerRefusal.Credentials) >= 1);
        Assert.Equal(1, await CountAsync(mosquitto, BrokerRefusal.Publish));
        Assert.Equal(1, await CountAsync(mosquitto, BrokerRefusal.OversizePacket));
    }

    /// <summary>A reason's count once mosquitto has logged at least one (it appends to its log as it goes).</summary>
    private static async Task<long> CountAsync(MosquittoBroker mosquitto, BrokerRefusal reason)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        long count = 0;
        while (count == 0 && waited.Elapsed < WaitMax)
        {
            count = mosquitto.Refusals()[reason];
            if (count == 0)
            {
                await Task.Delay(50);
            }
        }

        return count;
    }

    private async Task<IMqttClient> ConnectAsync(MosquittoBroker mosquitto, int id, string clientId)
    {
        IMqttClient client = new MqttClientFactory().CreateMqttClient();
        string user = KitCredentials.UserOf(id);
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", mosquitto.Port)
            .WithClientId(clientId).WithCredentials(user, _credentials.PasswordOf(user)).Build());
        return client;
    }
}
