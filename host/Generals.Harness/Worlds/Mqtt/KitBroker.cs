using System.Globalization;
using System.Net;
using Generals.Core.Config;
using Generals.Core.Crypto;
using Generals.Core.Wire;
using Generals.Harness.Crypto;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Plan;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Lab.Power;

namespace Generals.Harness.Worlds.Mqtt;

/// <summary>
/// The broker side of a world whose generals speak MQTT (emulated processes, boards): the kit's broker embedded in the
/// harness (the network in its publish interception) or an external broker joined through a relay, the shared network behind
/// it with its delivery scheduler, what the harness publishes (control commands, rogue inbox traffic, rogue telemetry
/// clients), broker outages, and the counters a run ends with. <see cref="EmuWorld"/> and the lab world share it.
/// </summary>
public sealed class KitBroker : IRelayDaemonBus, IAsyncDisposable
{
    private readonly Scenario _scenario;
    private readonly IEmuKit _kit;
    private readonly List<Task<int>> _rogueClients = [];
    private EmbeddedBroker? _broker;
    private MqttRelay? _relay;
    private (string Host, int Port) _reach;
    private int _disposed;

    public KitBroker(Scenario scenario, IEmuKit kit, NetworkNemesis nemesis, HarnessClock clock, HistoryRecorder history)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(kit);
        _scenario = scenario;
        _kit = kit;
        Scheduler = new DelayScheduler(clock);
        Network = new EmuNetwork(scenario.Kit, scenario.Generals, nemesis, history, Scheduler, new TelemetryAuthenticator(scenario.Kit, kit.TelemetryKeys));
    }

    /// <summary>The network as the broker sees it.</summary>
    public EmuNetwork Network { get; }

    /// <summary>The wall-clock scheduler of deliveries and of the world's operations.</summary>
    public DelayScheduler Scheduler { get; }

    /// <summary>A forged command claims the kit's scheme with a signature as long as the kit's default parameters make one.</summary>
    public (SignatureScheme Scheme, int SignatureBytes) ForgedSignature =>
        (_kit.HarnessSigner.Scheme, _kit.HarnessSigner.Scheme == SignatureScheme.Lms ? LmsParameterSet.H10.SignatureBytes(LmOtsParameterSet.W4) : Ed25519Scheme.SignatureBytes);

    /// <summary>A relay state usbrelayd published on the embedded broker.</summary>
    public event Action<string, string>? RelayState;

    /// <summary>The broker's address as the generals reach it (mqtt://host:port); empty before it is up.</summary>
    public string Url { get; private set; } = "";

    /// <summary>Starts the embedded broker on <paramref name="address"/>:<paramref name="port"/>, and only there.</summary>
    public async Task StartEmbeddedAsync(IPAddress address, int port)
    {
        ArgumentNullException.ThrowIfNull(address);
        _broker = new EmbeddedBroker(_scenario.Kit, _kit.Credentials, Network, port, address, BrokerLimits.ForGenerals(_scenario.Generals))
        {
            AdmitRelayDaemon = AdmitRelayDaemon,
        };
        _broker.RelayState += (topic, payload) => RelayState?.Invoke(topic, payload);
        await _broker.StartAsync().ConfigureAwait(false);
        // A broker on every interface is reached by the harness's own clients on loopback.
        string host = address.Equals(IPAddress.Any) ? "127.0.0.1" : address.ToString();
        _reach = (host, port);
        Url = "mqtt://" + host + ":" + port.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Joins the external broker at <paramref name="url"/> as the harness and relays wire to inbox through the network; of a
    /// list (a bridged pair, "mqtt://a, mqtt://b"), the first, through which the bridge carries every broker's frames.
    /// </summary>
    public async Task JoinAsync(string url, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(url);
        _reach = ParseUrl(url.Split(',')[0].Trim());
        Url = url;
        _relay = new MqttRelay(_scenario.Kit, Network, _reach.Host, _reach.Port, _kit.Credentials.PasswordOf(KitCredentials.HarnessUser))
        {
            Resend = url.Contains(',', StringComparison.Ordinal) ? new FailoverResend() : null,
        };
        await _relay.ConnectAsync(cancel).ConfigureAwait(false);
    }

    /// <summary>
    /// The kit's broker as nf.config says (<paramref name="config"/>, read from <paramref name="configPath"/>): embedded on its
    /// listener, or joined at <paramref name="externalBroker"/> (or at its broker when the listener is `none`).
    /// </summary>
    public async Task StartForKitAsync(KitConfig config, string configPath, string? externalBroker, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (externalBroker != null || config.Listener == "none")
        {
            await JoinAsync(externalBroker ?? $"mqtt://{config.BrokerHost}:{config.BrokerPort}", cancel).ConfigureAwait(false);
            return;
        }

        AdmitRelayDaemon = config.Boards.Any(b => b.Power.StartsWith("usbrelayd:", StringComparison.Ordinal));
        (IPAddress address, int port) = ParseListener(config.Listener, configPath);
        try
        {
            await StartEmbeddedAsync(address, port).ConfigureAwait(false);
        }
        catch (System.Net.Sockets.SocketException e)
        {
            throw new IOException($"{configPath}: listener {config.Listener}: {e.Message} (a run, `generals broker` or `generals boards` holds it?)", e);
        }
    }

    /// <summary>Whether the embedded broker admits usbrelayd (set before it starts; the kit's nf.config decides it).</summary>
    public bool AdmitRelayDaemon { get; set; }

    /// <summary>Publishes a relay command as the harness on the embedded broker; false when the kit's broker is external.</summary>
    public bool Command(string topic, string payload) => _broker?.Command(topic, payload) ?? false;

    public void SendControl(int to, byte[] frame) => Network.Publish(Topics.Control(_scenario.Kit, to), frame);

    public void InjectInbox(int to, byte[] bytes) => Network.Publish(Topics.Inbox(_scenario.Kit, to), bytes);

    /// <summary>A real MQTT client logs in with the general's password and publishes; what reaches the harness passes the telemetry gate.</summary>
    public void PublishRogueTelemetry(int general, List<(TelemetryChannel Channel, byte[] Frame)> frames, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(frames);
        List<(string, byte[])> messages = frames
            .Select(f => (f.Channel == TelemetryChannel.Events ? Topics.Events(_scenario.Kit, general) : Topics.Status(_scenario.Kit, general), f.Frame))
            .ToList();
        string user = KitCredentials.UserOf(general);
        Task<int> rogue = RogueTelemetryClient.PublishAsync(_reach.Host, _reach.Port, user, _kit.Credentials.PasswordOf(user), messages, cancel);
        lock (_rogueClients)
        {
            _rogueClients.Add(rogue);
        }
    }

    /// <summary>Stops the embedded broker; an external one keeps running (the nemesis cuts every link meanwhile).</summary>
    public string BrokerDown()
    {
        if (_broker == null)
        {
            // The nemesis still loses every frame for the outage; only the external broker itself keeps running.
            return "external broker: not restarted by the harness; every frame is lost meanwhile";
        }

        _broker.StopAsync().GetAwaiter().GetResult();
        return "";
    }

    public void BrokerUp() => _broker?.StartAsync().GetAwaiter().GetResult();

    /// <summary>A broker of a bridged pair was killed: the relay publishes again to each general that fails over what may have died with it.</summary>
    public void PairBrokerKilled() => _relay?.Resend?.BrokerKilled(Network.NowMs);

    /// <summary>The killed broker of a pair is back: the relay publishes nothing again any more.</summary>
    public void PairBrokerBack() => _relay?.Resend?.BrokerBack();

    /// <summary>Waits for rogue clients, and returns the broker's and network's counters; then lets the broker go.</summary>
    public async Task<Dictionary<string, long>> StopAsync()
    {
        // A rogue client still publishing is bounded by its attempts and timeout; its count belongs to the run.
        Task<int>[] rogueClients;
        lock (_rogueClients)
        {
            rogueClients = [.. _rogueClients];
        }

        int[] rogue = await Task.WhenAll(rogueClients).ConfigureAwait(false);
        var counters = new Dictionary<string, long>();
        if (_scenario.Faults.Any(f => f.Kind == FaultKind.RogueTelemetry))
        {
            counters["rogue-telemetry-published"] = rogue.Sum();
        }

        foreach ((string name, long count) in Network.Telemetry.Counts())
        {
            counters[name] = count;
        }

        if (_relay != null)
        {
            await _relay.DrainAsync().ConfigureAwait(false);
            // A relay's publish that failed or found its queue full: a loss the nemesis did not decide, never silent.
            counters["relay-publish-failures"] = _relay.PublishFailures;
            counters["relay-queue-full"] = _relay.PublishOverflows;
        }

        if (_relay?.Resend is { } resend)
        {
            counters["failover-resent-frames"] = resend.Resent;
        }

        counters["malformed-wire-frames"] = Network.MalformedFrames;
        counters["frames-routed"] = Network.FramesRouted;
        counters["scheduler-failures"] = Scheduler.Failures;
        if (_broker != null)
        {
            foreach ((string name, long count) in _broker.Refusals.Snapshot())
            {
                counters[name] = count;
            }
        }

        await DisposeAsync().ConfigureAwait(false);
        return counters;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Scheduler.Dispose();
        if (_broker != null)
        {
            await _broker.DisposeAsync().ConfigureAwait(false);
            _broker = null;
        }

        if (_relay != null)
        {
            await _relay.DisposeAsync().ConfigureAwait(false);
            _relay = null;
        }
    }

    /// <summary>mqtt://host:port, or a <see cref="ScenarioException"/>.</summary>
    public static (string Host, int Port) ParseUrl(string url)
    {
        var uri = new Uri(url);
        return uri.Scheme == "mqtt" && uri.Port > 0 ? (uri.Host, uri.Port) : throw new ScenarioException($"broker must be mqtt://host:port, not '{url}'");
    }

    /// <summary>An nf.config listener ("0.0.0.0:1883", "127.0.0.1:41883"), or an <see cref="InvalidDataException"/> naming it.</summary>
    public static (IPAddress Address, int Port) ParseListener(string listener, string configPath)
    {
        ArgumentNullException.ThrowIfNull(listener);
        string[] parts = listener.Split(':');
        return parts.Length == 2 && IPAddress.TryParse(parts[0], out IPAddress? address)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int port)
            ? (address, port)
            : throw new InvalidDataException($"{configPath}: listener '{listener}' must be address:port");
    }
}
