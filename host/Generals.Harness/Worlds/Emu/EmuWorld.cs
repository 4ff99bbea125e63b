using System.Globalization;
using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Crypto;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The emulated world: one OS process per general (`generals node`), a real MQTT broker (embedded, or an external one
/// through a relay), wall-clock time with a scheduler thread, power cuts as kill -9 and a restart on the same data folder,
/// pauses as SIGSTOP/SIGCONT, commands over the signed control channel.
/// </summary>
public sealed class EmuWorld : IWorld, IAsyncDisposable
{
    private readonly Scenario _scenario;
    private readonly IEmuKit _kit;
    private readonly EmuOptions _options;
    private readonly HarnessClock _clock;
    private readonly HistoryRecorder _history;
    private readonly DelayScheduler _scheduler;
    private readonly EmuGenerals _generals;
    private readonly Dictionary<int, long> _pausedAt = [];
    private readonly List<Task<int>> _rogueClients = [];
    private EmbeddedBroker? _broker;
    private MqttRelay? _relay;
    private (string Host, int Port) _brokerAddress;
    private string _brokerUrl = "";
    private int _disposed;

    public EmuWorld(Scenario scenario, IEmuKit kit, EmuOptions options, NetworkNemesis nemesis, HarnessClock clock, HistoryRecorder history)
    {
        ArgumentNullException.ThrowIfNull(kit);
        _scenario = scenario;
        _kit = kit;
        _options = options;
        _clock = clock;
        _history = history;
        _scheduler = new DelayScheduler(clock);
        _generals = new EmuGenerals(scenario, kit, options, clock, history);
        Network = new EmuNetwork(scenario.Kit, scenario.Generals, nemesis, history, _scheduler, new TelemetryAuthenticator(scenario.Kit, kit.TelemetryKeys));
        Network.Network.Booted += (general, incarnation) =>
        {
            if (incarnation > 1)
            {
                GeneralBack?.Invoke(general);
            }
        };
    }

    public event Action<int>? GeneralBack;

    /// <summary>The network as the broker sees it.</summary>
    public EmuNetwork Network { get; }

    public string Name => "emu";

    public string Description => $"emulated, broker {_brokerUrl}";

    public long NowMs => _clock.NowMs;

    public ISigner HarnessSigner => _kit.HarnessSigner;

    /// <summary>A forged command claims the kit's scheme with a signature as long as the kit's default parameters make one.</summary>
    public (SignatureScheme Scheme, int SignatureBytes) ForgedSignature =>
        (_kit.HarnessSigner.Scheme, _kit.HarnessSigner.Scheme == SignatureScheme.Lms ? LmsParameterSet.H10.SignatureBytes(LmOtsParameterSet.W4) : Ed25519Scheme.SignatureBytes);

    public uint NextControlSequence() => _kit.NextControlSequence();

    public void At(long atMs, Action action) => _scheduler.At(atMs, action);

    /// <summary>Every operation a scenario can ask for is offered here.</summary>
    public string? Refuses(Scenario scenario) => null;

    public async Task<bool> StartAsync()
    {
        _options.Mosquitto?.OnUnplannedExit(what => _generals.Unplanned(-1, what));
        if (_options.ExternalBroker == null)
        {
            int port = EmbeddedBroker.FreePort();
            _broker = new EmbeddedBroker(_scenario.Kit, _kit.Credentials, Network, port, limits: BrokerLimits.ForGenerals(_scenario.Generals));
            await _broker.StartAsync().ConfigureAwait(false);
            _brokerUrl = "mqtt://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
            _brokerAddress = ("127.0.0.1", port);
        }
        else
        {
            _brokerUrl = _options.ExternalBroker;
            _brokerAddress = ParseBroker(_brokerUrl);
            _relay = new MqttRelay(_scenario.Kit, Network, _brokerAddress.Host, _brokerAddress.Port, _kit.Credentials.PasswordOf(KitCredentials.HarnessUser));
            await _relay.ConnectAsync(_options.Cancel).ConfigureAwait(false);
        }

        _options.Cancel.ThrowIfCancellationRequested();
        _generals.Start(_brokerUrl);
        return await _generals.WaitForBootAsync().ConfigureAwait(false);
    }

    /// <summary>The generals booted before the plan's time 0 (<see cref="StartAsync"/> waited for them).</summary>
    public void PowerOnAll()
    {
    }

    public async Task RunUntilAsync(long endMs) =>
        await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(0, endMs - _clock.NowMs)), _options.Cancel).ConfigureAwait(false);

    /// <summary>
    /// Never: a process world carries a fault out whatever the general's state (a kill -9 of a general already killed kills
    /// nothing, and its crash and restart are written all the same), as the emulated runner always did.
    /// </summary>
    public bool IsDown(int general) => false;

    public void PowerCut(int general, long restartAfterMs)
    {
        GeneralProcess process = _generals[general];
        process.Kill();
        long now = _clock.NowMs;
        _history.Record(GroundTruth.Crash(now, general, "kill -9", restartAfterMs));
        if (restartAfterMs < 0)
        {
            return;
        }

        _scheduler.At(now + restartAfterMs, () =>
        {
            process.Start();
            _history.Record(GroundTruth.Restart(_clock.NowMs, general));
        });
    }

    /// <summary>A process has no store-write hook: the cut lands at a random moment of the fault's window instead.</summary>
    public void ArmPowerCut(int general, FaultSpec fault, Prng random)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentNullException.ThrowIfNull(random);
        long offset = random.NextInRange(0, (int)Math.Max(0, Math.Min(fault.DeadlineMs, int.MaxValue)));
        _scheduler.At(_clock.NowMs + offset, () => PowerCut(general, fault.RestartAfterMs));
    }

    public bool Pause(int general)
    {
        if (!_generals[general].Pause())
        {
            return false;
        }

        lock (_pausedAt)
        {
            _pausedAt[general] = _clock.NowMs;
        }

        return true;
    }

    /// <summary>SIGCONT; the backlog is what the network delivered to the general while it was stopped.</summary>
    public long Resume(int general)
    {
        long pausedAt;
        lock (_pausedAt)
        {
            if (!_pausedAt.Remove(general, out pausedAt))
            {
                return -1;
            }
        }

        _generals[general].Resume();
        return _history.Snapshot().Count(e => e.Type == HistoryType.Deliver && e.To == general && e.TimeMs >= pausedAt);
    }

    public void ScheduleDelivery(long atMs, int to, byte[] frame, HistoryEvent? sent) => Network.ScheduleDelivery(atMs, to, frame, sent);

    public DeliveryResult Deliver(int to, byte[] frame) => Network.Deliver(to, frame);

    public void Step(int general) => Network.Step(general);

    public void SendControl(int to, byte[] frame) => Network.Publish(Topics.Control(_scenario.Kit, to), frame);

    public void InjectInbox(int to, byte[] bytes) => Network.Publish(Topics.Inbox(_scenario.Kit, to), bytes);

    /// <summary>A real MQTT client logs in with the general's password and publishes; what reaches the harness passes the telemetry gate.</summary>
    public void PublishRogueTelemetry(int general, List<(TelemetryChannel Channel, byte[] Frame)> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        List<(string, byte[])> messages = frames
            .Select(f => (f.Channel == TelemetryChannel.Events ? Topics.Events(_scenario.Kit, general) : Topics.Status(_scenario.Kit, general), f.Frame))
            .ToList();
        string user = KitCredentials.UserOf(general);
        Task<int> rogue = RogueTelemetryClient.PublishAsync(_brokerAddress.Host, _brokerAddress.Port, user, _kit.Credentials.PasswordOf(user), messages, _options.Cancel);
        lock (_rogueClients)
        {
            _rogueClients.Add(rogue);
        }
    }

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

    /// <summary>Nothing armed in a process to disarm.</summary>
    public void Heal()
    {
    }

    /// <summary>From now on exits are the harness's doing, and what the generals publish is no longer part of the run.</summary>
    public void MarkStopping() => _generals.MarkStopping();

    /// <summary>SIGINT or SIGTERM (on the signal's thread, before anything else happens): exits from now on are the harness's doing.</summary>
    public void Interrupt() => _generals.Interrupt();

    /// <summary>Stops the generals, waits for rogue clients, and returns the broker's and network's counters.</summary>
    public async Task<Dictionary<string, long>> StopAsync()
    {
        _generals.Stop();

        // A rogue client still publishing is bounded by its attempts and timeout; its count belongs to the run.
        Task<int>[] rogueClients;
        lock (_rogueClients)
        {
            rogueClients = [.. _rogueClients];
        }

        int[] rogue = await Task.WhenAll(rogueClients).ConfigureAwait(false);
        var counters = new Dictionary<string, long>();
        if (_scenario.Faults.Any(f => f.Kind == "rogue-telemetry"))
        {
            counters["rogue-telemetry-published"] = rogue.Sum();
        }

        foreach ((string name, long count) in Network.Telemetry.Counts())
        {
            counters[name] = count;
        }

        counters["malformed-wire-frames"] = Network.MalformedFrames;
        counters["frames-routed"] = Network.FramesRouted;
        counters["scheduler-failures"] = _scheduler.Failures;
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

        _scheduler.Dispose();
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

    private static (string Host, int Port) ParseBroker(string url)
    {
        var uri = new Uri(url);
        return uri.Scheme == "mqtt" && uri.Port > 0 ? (uri.Host, uri.Port) : throw new ScenarioException($"broker must be mqtt://host:port, not '{url}'");
    }

}
