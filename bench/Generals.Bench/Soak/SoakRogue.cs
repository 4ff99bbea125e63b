using Generals.Core.Crypto;
using Generals.Core.Protocols;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Network;
using MQTTnet;
using MQTTnet.Protocol;

namespace Generals.Bench.Soak;

/// <summary>
/// A rogue MQTT client on the soak's broker for the whole soak, between runs and during them: bad logins (anonymous, an
/// unknown user, wrong passwords), and sessions with a general's stolen broker password that publish garbage, a signed
/// order whose LMS signature is forged (with a plausible one-time key index, so a checker that counted unverified
/// signatures would see reuse), a forged harness command, frames on another general's topic, and an oversize packet.
/// A bad login the broker accepts is counted as <c>rogue/bad-login-accepted</c>, which fails the soak.
/// </summary>
public sealed class SoakRogue
{
    /// <summary>Pause between two attacks: often enough to land in most runs, rare enough not to starve the generals' sessions.</summary>
    private const int PauseMsMin = 1500;

    private const int PauseMsMax = 4000;

    /// <summary>One attack may take this long (a connect, a few publishes).</summary>
    private static readonly TimeSpan AttackMax = TimeSpan.FromSeconds(5);

    private static readonly string[] BadLogins = ["anonymous", "unknown-user", "general-wrong-password", "harness-wrong-password"];

    private readonly int _port;
    private readonly KitCredentials _credentials;
    private readonly SoakCounts _counts;
    private readonly Prng _random;
    private readonly int _lmsSignatureBytes;

    public SoakRogue(int port, KitCredentials credentials, SoakCounts counts, ulong seed, int lmsSignatureBytes)
    {
        _port = port;
        _credentials = credentials;
        _counts = counts;
        _random = new Prng(seed);
        _lmsSignatureBytes = lmsSignatureBytes;
    }

    /// <summary>Attacks until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_random.NextInRange(PauseMsMin, PauseMsMax), stop).ConfigureAwait(false);
                using var attack = CancellationTokenSource.CreateLinkedTokenSource(stop);
                attack.CancelAfter(AttackMax);
                if (_random.NextInRange(0, 2) == 0)
                {
                    await StolenSessionAsync(attack.Token).ConfigureAwait(false);
                }
                else
                {
                    await BadLoginAsync(attack.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // The soak is stopping, or one attack ran out of time: the next one starts afresh.
            }
        }
    }

    private async Task BadLoginAsync(CancellationToken cancel)
    {
        string kind = BadLogins[_random.NextInRange(0, BadLogins.Length - 1)];
        var options = new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", _port).WithCleanSession(true);
        options = kind switch
        {
            "anonymous" => options.WithClientId("rogue-anonymous"),
            "unknown-user" => options.WithClientId("mallory").WithCredentials("mallory", "letmein"),
            "general-wrong-password" => options.WithClientId("general-2").WithCredentials("general-2", "0123456789abcdef0123456789abcdef"),
            _ => options.WithClientId(KitCredentials.HarnessUser).WithCredentials(KitCredentials.HarnessUser, "guessed"),
        };
        _counts.Add("rogue/bad-login/" + kind);
        using IMqttClient client = new MqttClientFactory().CreateMqttClient();
        try
        {
            MqttClientConnectResult result = await client.ConnectAsync(options.Build(), cancel).ConfigureAwait(false);
            _counts.Add(result.ResultCode == MqttClientConnectResultCode.Success ? "rogue/bad-login-accepted" : "rogue/bad-login-refused");
        }
        catch (Exception e) when (e is MQTTnet.Adapter.MqttConnectingFailedException or MQTTnet.Exceptions.MqttCommunicationException)
        {
            _counts.Add("rogue/bad-login-refused");
        }
    }

    private async Task StolenSessionAsync(CancellationToken cancel)
    {
        int general = _random.NextInRange(1, SoakKit.Generals);
        int other = general % SoakKit.Generals + 1;
        string user = KitCredentials.UserOf(general);
        using IMqttClient client = new MqttClientFactory().CreateMqttClient();
        try
        {
            MqttClientOptions options = new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", _port).WithClientId(user)
                .WithCredentials(user, _credentials.PasswordOf(user)).WithCleanSession(true).Build();
            if ((await client.ConnectAsync(options, cancel).ConfigureAwait(false)).ResultCode != MqttClientConnectResultCode.Success)
            {
                _counts.Add("rogue/stolen-session-refused");
                return;
            }

            _counts.Add("rogue/stolen-sessions");
            string kit = SoakKit.Id;
            await PublishAsync(client, Topics.Wire(kit, general), Garbage(), "rogue/garbage-frames", cancel).ConfigureAwait(false);
            await PublishAsync(client, Topics.Wire(kit, general), ForgedOrder(general), "rogue/forged-signed-orders", cancel).ConfigureAwait(false);
            await PublishAsync(client, Topics.Control(kit, other), RogueTraffic.ForgedControl(kit, other, general, SignatureScheme.Lms, _lmsSignatureBytes,
                (uint)_random.NextInRange(1, int.MaxValue), _random), "rogue/forged-commands", cancel).ConfigureAwait(false);
            await PublishAsync(client, Topics.Wire(kit, other), Garbage(), "rogue/other-generals-topic", cancel).ConfigureAwait(false);
            await PublishAsync(client, Topics.Wire(kit, general), new byte[BrokerLimits.MqttOverheadBytesMax + FrameLimits.FrameBytesMax + 4096],
                "rogue/oversize-packets", cancel).ConfigureAwait(false);
            if (client.IsConnected)
            {
                await client.DisconnectAsync(cancellationToken: cancel).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is MQTTnet.Adapter.MqttConnectingFailedException or MQTTnet.Exceptions.MqttCommunicationException or InvalidOperationException)
        {
            // The general took its session back, or the broker closed ours (the oversize packet): both expected.
            _counts.Add("rogue/sessions-cut");
        }
    }

    private async Task PublishAsync(IMqttClient client, string topic, byte[] payload, string count, CancellationToken cancel)
    {
        if (!client.IsConnected)
        {
            return;
        }

        _counts.Add(count);
        await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtMostOnce).Build(), cancel).ConfigureAwait(false);
    }

    private byte[] Garbage()
    {
        byte[] garbage = new byte[_random.NextInRange(1, 300)];
        Fill(garbage, 0);
        return garbage;
    }

    /// <summary>
    /// An SM order as general <paramref name="general"/> would broadcast it, with a random signature that claims one of the
    /// first one-time key indices: its index is one the general really used, so only verification tells the two apart.
    /// </summary>
    private byte[] ForgedOrder(int general)
    {
        byte[] signature = new byte[_lmsSignatureBytes];
        Fill(signature, 4);
        signature[3] = (byte)_random.NextInRange(0, 63);
        uint instance = (uint)_random.NextInRange(1, 1_000_000);
        byte[] payload = SignedChain.First(_random.NextInRange(0, 1), general, signature).Encode();
        return FrameCodec.Encode(new Frame(FrameKind.Protocol, SoakKit.Id, new FrameRoute(general, FrameLimits.Broadcast),
            new FrameStamp((uint)_random.NextInRange(1, 1000), (uint)_random.NextInRange(1, 1000), instance, 0), payload));
    }

    private void Fill(byte[] bytes, int from)
    {
        for (int i = from; i < bytes.Length; i++)
        {
            bytes[i] = (byte)_random.NextUInt();
        }
    }
}
