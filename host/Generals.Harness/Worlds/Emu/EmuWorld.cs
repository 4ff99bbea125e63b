using System.Net;
using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Crypto;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Plan;
using Generals.Harness.Scenarios;
using Generals.Harness.Timing;
using Generals.Harness.Worlds;
using Generals.Harness.Worlds.Emu.Hosts;
using Generals.Harness.Worlds.Mqtt;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The emulated world: one OS process per general (`generals node`), a real MQTT broker (embedded, or an external one
/// through a relay), wall-clock time with a scheduler thread, power cuts as kill -9 and a restart on the same data folder,
/// pauses as SIGSTOP/SIGCONT, commands over the signed control channel.
/// </summary>
public sealed class EmuWorld : ILiveWorld, IAsyncDisposable
{
    private readonly Scenario _scenario;
    private readonly IEmuKit _kit;
    private readonly EmuOptions _options;
    private readonly HarnessClock _clock;
    private readonly HistoryRecorder _history;
    private readonly KitBroker _broker;
    private readonly EmuGenerals _generals;
    private readonly Dictionary<int, long> _pausedAt = [];
    private MosquittoPair? _pair;
    private NetworkHosts? _hosts;
    private MosquittoStar? _star;
    private bool _watchCard;

    public EmuWorld(Scenario scenario, IEmuKit kit, EmuOptions options, NetworkNemesis nemesis, HarnessClock clock, HistoryRecorder history)
    {
        ArgumentNullException.ThrowIfNull(kit);
        _scenario = scenario;
        _kit = kit;
        _options = options;
        _clock = clock;
        Timing = options.Expected.At(clock.Scale);
        _history = history;
        _broker = new KitBroker(scenario, kit, nemesis, clock, history);
        _generals = new EmuGenerals(scenario, kit, options, clock, history);
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
    public EmuNetwork Network => _broker.Network;

    public HarnessNetwork HarnessNetwork => _broker.Network.Network;

    public string Name => "emu";

    public string Description => $"emulated, broker {_broker.Url}" + (_scenario.Hosts > 1 ? $" ({_scenario.Hosts} hosts: network namespaces, a broker each, bridged)" : "");

    public long NowMs => _clock.NowMs;

    public ISigner HarnessSigner => _kit.HarnessSigner;

    public (SignatureScheme Scheme, int SignatureBytes) ForgedSignature => _broker.ForgedSignature;

    public uint NextControlSequence() => _kit.NextControlSequence();

    public void At(long atMs, Action action) => _broker.Scheduler.At(atMs, action);

    /// <summary>
    /// Every operation a scenario can ask for is offered here, except a pause on an OS that cannot pause a process
    /// (<see cref="EmuPlan"/>); a plan whose timing this machine could not honour even at <see cref="TimeScale.Max"/> times
    /// slower than real time (with the facts it expects of itself) is refused.
    /// </summary>
    public string? Refuses(Scenario scenario)
    {
        if (EmuPlan.Refusal(scenario, _options.ProcessControl) is { } os)
        {
            return os;
        }

        if (scenario.Hosts > 1 && HostsPlan.Refusal(scenario, _options.ExternalBroker != null, HostFacts.Current()) is { } hosts)
        {
            return hosts;
        }

        IReadOnlyList<TimingNeed> needs = PlanTiming.Needs(scenario);
        return _options.ClockScale == null && TimingFit.ScaleFor(needs, _options.Expected) == null ? TimingFit.Refusal(needs, _options.Expected) : null;
    }

    /// <summary>The facts expected of this machine at the run's scale until <see cref="StartAsync"/> has measured them.</summary>
    public WorldTiming Timing { get; private set; }

    public async Task<bool> StartAsync()
    {
        _options.Mosquitto?.OnUnplannedExit(what => _generals.Unplanned(-1, what));
        if (_options.ExternalBroker == null && _scenario.Hosts > 1)
        {
            await StartHostsAsync().ConfigureAwait(false);
        }
        else if (_options.ExternalBroker == null && _scenario.Brokers > 1)
        {
            // A redundant pair: the harness relays from the second broker (which the plan never stops); the generals list
            // both, half of them the first first (EmuGenerals.Start).
            _pair = MosquittoPair.Start(Path.Combine(_options.RunFolder, "mosquitto"), _scenario.Kit, _kit.Credentials,
                Enumerable.Range(1, _scenario.Generals), _options.Launcher);
            _pair.Second.OnUnplannedExit(what => _generals.Unplanned(-1, what));
            _pair.First?.OnUnplannedExit(what => _generals.Unplanned(-1, what));
            await _broker.JoinAsync(_pair.Urls(secondFirst: true), _options.Cancel).ConfigureAwait(false);
        }
        else if (_options.ExternalBroker == null)
        {
            await _broker.StartEmbeddedAsync(IPAddress.Loopback, EmbeddedBroker.FreePort()).ConfigureAwait(false);
        }
        else
        {
            await _broker.JoinAsync(_options.ExternalBroker, _options.Cancel).ConfigureAwait(false);
        }

        _options.Cancel.ThrowIfCancellationRequested();
        OfferWatching();
        long spawnedMs = _clock.NowMs;
        bool booted;
        using (JitterProbe probe = JitterProbe.Start())
        {
            _generals.Start(_broker.Url, _hosts == null ? null : id => _hosts.LauncherFor(id, _options.Launcher));
            booted = await _generals.WaitForBootAsync().ConfigureAwait(false);
            Timing = new WorldTiming(BootMs(spawnedMs), probe.Stop() * ProcessesPerCore(_scenario.Generals), 1, _clock.Scale, "measured at start");
        }

        _options.Progress?.Invoke($"timing: {Timing.Describe()}");

        return booted;
    }

    // Namespaces and a broker in each, bridged; the harness relays on host 1's broker (the star's hub), and each general
    // lists its host's broker first (EmuGenerals.BrokersOf rotates the list as HostAddressPlan.HostOf assigns hosts).
    private async Task StartHostsAsync()
    {
        _hosts = NetworkHosts.Create(_scenario.Hosts, _options.Progress);
        _star = MosquittoStar.Start(Path.Combine(_options.RunFolder, "mosquitto"), _scenario.Kit, _kit.Credentials,
            Enumerable.Range(1, _scenario.Generals), _hosts, _options.Launcher);
        _star.OnUnplannedExit(what => _generals.Unplanned(-1, what));
        await _broker.JoinAsync(_star.Urls, _options.Cancel).ConfigureAwait(false);
    }

    // The hosts' brokers, then their namespaces: after the generals stopped, whatever ended the run.
    private void StopHosts()
    {
        _star?.Dispose();
        _star = null;
        _hosts?.Dispose();
        _hosts = null;
    }

    // The watcher's card in the run folder, and the same on stderr, so the wire can be watched while the run runs.
    private void OfferWatching()
    {
        if (_kit.Credentials.WatcherPassword is not { } password)
        {
            _options.Progress?.Invoke("this kit has no watcher password (provisioned before `generals sniff` existed): its wire cannot be watched");
            return;
        }

        var card = new WatchCard(_broker.Url, _scenario.Kit, KitCredentials.WatcherUser, password);
        card.WriteTo(_options.RunFolder);
        _watchCard = true;
        _options.Progress?.Invoke($"watch the wire: generals sniff {_options.RunFolder}  (or: {card.MosquittoSubLine()})");
    }

    // The probe is one thread; in a run every general is a process that wants a core at the same moments (a round's
    // sends, its deadline), so each waits behind up to generals/cores slices of the others: the world's jitter is the
    // probe's worst times that.
    private static int ProcessesPerCore(int generals) => Math.Max(1, (generals + Environment.ProcessorCount - 1) / Environment.ProcessorCount);

    // How long a general takes to boot, in real milliseconds: the fastest of the first boots. They all start at once and
    // share the cores, so even the fastest was slower than a lone restart under the same load; a restart that still comes
    // back late is a timing break the history records (TimingBreaks).
    private long BootMs(long spawnedMs)
    {
        long[] boots = [.. _history.Snapshot().Where(e => e.Type == HistoryType.BoardBooted)
            .GroupBy(e => e.General).Select(g => (g.Min(e => e.TimeMs) - spawnedMs) * _clock.Scale).Order()];
        return boots.Length == 0 ? Timing.RestartMs : boots[0];
    }

    /// <summary>The generals booted before the plan's time 0 (<see cref="StartAsync"/> waited for them).</summary>
    public void PowerOnAll()
    {
    }

    public async Task RunUntilAsync(long endMs) =>
        await Task.Delay(_clock.Real(endMs - _clock.NowMs), _options.Cancel).ConfigureAwait(false);

    /// <summary>
    /// Never: a process world carries a fault out whatever the general's state (a kill -9 of a general already killed kills
    /// nothing, and its crash and restart are written all the same), as the emulated runner always did.
    /// </summary>
    public bool IsDown(int general) => false;

    public void PowerCut(int general, long restartAfterMs) => PowerCut(general, restartAfterMs, "kill -9");

    /// <summary>A power cut whose crash line says <paramref name="detail"/> (an instructor's, from `generals serve`).</summary>
    public void PowerCut(int general, long restartAfterMs, string detail)
    {
        _generals[general].Kill();
        long now = _clock.NowMs;
        _history.Record(GroundTruth.Crash(now, general, detail, restartAfterMs));
        if (restartAfterMs >= 0)
        {
            _broker.Scheduler.At(now + restartAfterMs, () => Restart(general));
        }
    }

    /// <summary>Starts a killed general again on its data folder and writes its restart line.</summary>
    public void Restart(int general)
    {
        _generals[general].Start();
        _history.Record(GroundTruth.Restart(_clock.NowMs, general));
    }

    /// <summary>True while the general's process runs (paused included); false once it was killed.</summary>
    public bool IsRunning(int general) => _generals[general].IsRunning;

    /// <summary>A process has no store-write hook: the cut lands at a random moment of the fault's window instead.</summary>
    public void ArmPowerCut(int general, FaultSpec fault, Prng random)
    {
        ArgumentNullException.ThrowIfNull(fault);
        _broker.Scheduler.At(_clock.NowMs + PowerCutWindow.OffsetMs(fault, random), () => PowerCut(general, fault.RestartAfterMs));
    }

    /// <summary>Why this OS cannot pause a general, or null (<see cref="IProcessControl.PauseUnsupported"/>).</summary>
    public string? PauseUnsupported => _options.ProcessControl.PauseUnsupported;

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

    public void SendControl(int to, byte[] frame) => _broker.SendControl(to, frame);

    public void InjectInbox(int to, byte[] bytes) => _broker.InjectInbox(to, bytes);

    /// <summary>A real MQTT client logs in with the general's password and publishes; what reaches the harness passes the telemetry gate.</summary>
    public void PublishRogueTelemetry(int general, List<(TelemetryChannel Channel, byte[] Frame)> frames) =>
        _broker.PublishRogueTelemetry(general, frames, _options.Cancel);

    /// <summary>One broker down: the embedded one, or the first of a redundant pair (its generals fail over to the second).</summary>
    public string BrokerDown()
    {
        if (_pair == null)
        {
            return _broker.BrokerDown();
        }

        _broker.PairBrokerKilled();
        _pair.StopFirstInBackground();
        return $"first broker of the pair (127.0.0.1:{_pair.FirstPort}) killed; its generals fail over to {_pair.Second.Url}";
    }

    public void BrokerUp()
    {
        if (_pair == null)
        {
            _broker.BrokerUp();
            return;
        }

        _broker.PairBrokerBack();
        _pair.StartFirstInBackground(what => _generals.Unplanned(-1, what));
    }

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
        ForgetWatching();
        try
        {
            _generals.Stop();
            return await _broker.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            StopHosts();
        }
    }

    public async ValueTask DisposeAsync()
    {
        ForgetWatching();
        await _broker.DisposeAsync().ConfigureAwait(false);
        _pair?.ExpectExit();
        _pair?.Dispose();
        StopHosts();
    }

    private void ForgetWatching()
    {
        if (_watchCard)
        {
            WatchCard.Remove(_options.RunFolder);
            _watchCard = false;
        }
    }
}
