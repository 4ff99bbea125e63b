using System.Diagnostics;
using System.Globalization;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Checkers;
using Generals.Harness.History;
using Generals.Harness.Monitor;
using Generals.Harness.Nemesis;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Emu;

/// <summary>
/// Runs a scenario on emulated generals: one OS process per general, a real MQTT broker, the nemesis on
/// real traffic, real faults (kill -9, restart on the same data folder, SIGSTOP/SIGCONT), commands over the
/// signed control channel, and the same checkers and run folder as the simulator.
/// </summary>
public sealed class EmuRunner
{
    /// <summary>How long a general has to stop after SIGTERM at the end of a run before it is killed.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(2);

    private readonly Scenario _scenario;
    private readonly ulong _seed;
    private readonly EmuOptions _options;
    private readonly IEmuKit _kit;
    private readonly HarnessClock _clock = new();
    private readonly HistoryRecorder _history;
    private readonly Dictionary<int, GeneralProcess> _generals = [];
    private readonly Prng _faultRandom;
    private readonly NetworkNemesis _nemesis;
    private readonly Lock _controlLock = new();
    private long _startMs = -1;
    private long _endMs = long.MaxValue;
    private IInboxSink? _sink;
    private EmuNetwork? _network;
    private (string Host, int Port) _broker;
    private readonly List<Task<int>> _rogueClients = [];
    private int _stopping;
    private volatile bool _unplannedSeen;

    public EmuRunner(Scenario scenario, ulong seed, IEmuKit kit, EmuOptions options)
    {
        _scenario = scenario;
        _seed = seed;
        _kit = kit;
        _options = options;
        _history = new HistoryRecorder(_clock);
        var root = new Prng(seed);
        _nemesis = new NetworkNemesis(scenario, root.Fork());
        _faultRandom = root.Fork();
    }

    /// <summary>Broker and network counters of the last run (refusals, malformed frames).</summary>
    public Dictionary<string, long> Counters { get; } = [];

    public async Task<RunOutcome> RunAsync()
    {
        IReadOnlyList<IChecker> checkers = CheckerCatalog.For(_scenario);
        var elapsed = Stopwatch.StartNew();
        _clock.Restart();
        using var scheduler = new DelayScheduler(_clock);
        var network = new EmuNetwork(_scenario.Kit, _scenario.Generals, _nemesis, _history, scheduler, new TelemetryAuthenticator(_scenario.Kit, _kit.TelemetryKeys));
        network.Booted += OnBooted;
        _network = network;
        using CancellationTokenRegistration onInterrupt = _options.Cancel.Register(Interrupt);
        _options.Mosquitto?.OnUnplannedExit(what => Unplanned(-1, what));
        EmbeddedBroker? broker = null;
        MqttRelay? relay = null;
        try
        {
            string brokerUrl;
            if (_options.ExternalBroker == null)
            {
                int port = EmbeddedBroker.FreePort();
                broker = new EmbeddedBroker(_scenario.Kit, _kit.Credentials, network, port, limits: BrokerLimits.ForGenerals(_scenario.Generals));
                await broker.StartAsync().ConfigureAwait(false);
                _sink = broker;
                brokerUrl = "mqtt://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
                _broker = ("127.0.0.1", port);
            }
            else
            {
                brokerUrl = _options.ExternalBroker;
                var (host, port) = ParseBroker(brokerUrl);
                _broker = (host, port);
                relay = new MqttRelay(_scenario.Kit, network, host, port, _kit.Credentials.PasswordOf(KitCredentials.HarnessUser));
                await relay.ConnectAsync(_options.Cancel).ConfigureAwait(false);
                _sink = relay;
            }

            _options.Cancel.ThrowIfCancellationRequested();
            StartGenerals(brokerUrl);
            await WaitForBootAsync().ConfigureAwait(false);
            network.PlanStartMs = _clock.NowMs;
            _startMs = network.PlanStartMs;
            _history.Record(new HistoryEvent { TimeMs = _startMs, Type = HistoryType.Start, World = "emu", Detail = $"emulated, broker {brokerUrl}" });
            if (!_unplannedSeen)
            {
                Schedule(scheduler, broker);
                await Task.Delay(TimeSpan.FromMilliseconds(_scenario.DurationMs), _options.Cancel).ConfigureAwait(false);
                network.Heal();
                await Task.Delay(TimeSpan.FromMilliseconds(_scenario.SettleMs), _options.Cancel).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_options.Cancel.IsCancellationRequested)
        {
            // Interrupted: Interrupt() recorded it; the history so far is judged below (unknown, with the reason).
        }
        finally
        {
            // The run ends now; what the generals publish while they are being stopped is not part of it.
            Interlocked.Exchange(ref _stopping, 1);
            _endMs = _clock.NowMs;
            _history.Record(new HistoryEvent { TimeMs = _endMs, Type = HistoryType.End });
            StopGenerals();

            // A rogue client still publishing is bounded by its attempts and timeout; its count belongs to the run.
            Task<int>[] rogueClients;
            lock (_rogueClients)
            {
                rogueClients = [.. _rogueClients];
            }

            int[] rogue = await Task.WhenAll(rogueClients).ConfigureAwait(false);
            if (_scenario.Faults.Any(f => f.Kind == "rogue-telemetry"))
            {
                Counters["rogue-telemetry-published"] = rogue.Sum();
            }

            foreach ((string name, long count) in network.Telemetry.Counts())
            {
                Counters[name] = count;
            }

            Counters["malformed-wire-frames"] = network.MalformedFrames;
            Counters["frames-routed"] = network.FramesRouted;
            Counters["scheduler-failures"] = scheduler.Failures;
            if (broker != null)
            {
                foreach ((string name, long count) in broker.Refusals.Snapshot())
                {
                    Counters[name] = count;
                }

                await broker.DisposeAsync().ConfigureAwait(false);
            }

            if (relay != null)
            {
                await relay.DisposeAsync().ConfigureAwait(false);
            }
        }

        IReadOnlyList<HistoryEvent> history = HarnessMonitor.AddTo(_scenario, Rebase(_history.Snapshot()));
        List<CheckResult> checks = checkers.Select(c => c.Check(history)).ToList();
        elapsed.Stop();
        var counts = new Dictionary<string, long>(Counters) { ["history"] = history.Count };
        string scheme = _kit.HarnessSigner.Scheme.ToString().ToLowerInvariant();
        return new RunOutcome(_scenario, _seed, "emu", history, checks, counts, elapsed.Elapsed)
        {
            Signature = scheme + (_scenario.Signature == "ideal" ? " (the run's kit; ideal is simulation-only)" : " (the run's provisioned kit)"),
        };
    }

    /// <summary>SIGINT or SIGTERM (on the signal's thread, before anything else happens): exits from now on are the harness's doing.</summary>
    private void Interrupt()
    {
        if (Interlocked.Exchange(ref _stopping, 1) == 1)
        {
            return; // the run had ended already: its history is whole
        }

        _options.Mosquitto?.ExpectExit();
        string reason = _options.CancelReason?.Invoke() ?? "cancelled";
        _history.Record(new HistoryEvent { TimeMs = _clock.NowMs, Type = HistoryType.Interrupted, Detail = reason });
        _options.Progress?.Invoke($"interrupted ({reason}): stopping the generals");
    }

    /// <summary>A process of the run exited without the harness asking (a general, or -1 for the broker): ground truth for the history, and the run is void.</summary>
    private void Unplanned(int node, string what)
    {
        if (Volatile.Read(ref _stopping) == 1)
        {
            return;
        }

        _unplannedSeen = true;
        _history.Record(new HistoryEvent { TimeMs = _clock.NowMs, Type = HistoryType.UnplannedFault, General = Math.Max(0, node), Detail = what });
        _options.Progress?.Invoke("unplanned fault: " + what);
    }

    private void StopGenerals()
    {
        foreach (GeneralProcess general in _generals.Values)
        {
            general.ExpectExit();
        }

        // In parallel: each may take its grace period, and a run of many generals should not wait for the sum.
        Task.WaitAll([.. _generals.Values.Select(general => Task.Run(() => general.Stop(StopGrace)))]);
        foreach (GeneralProcess general in _generals.Values)
        {
            general.Dispose();
        }
    }

    private static (string Host, int Port) ParseBroker(string url)
    {
        var uri = new Uri(url);
        return uri.Scheme == "mqtt" && uri.Port > 0 ? (uri.Host, uri.Port) : throw new ScenarioException($"broker must be mqtt://host:port, not '{url}'");
    }

    private void StartGenerals(string brokerUrl)
    {
        string logs = Path.Combine(_options.RunFolder, "nodes");
        Directory.CreateDirectory(logs);
        for (int id = 1; id <= _scenario.Generals; id++)
        {
            string data = Path.Combine(_options.DataRoot ?? Path.Combine(_options.RunFolder, "data"), "general-" + id.ToString(CultureInfo.InvariantCulture));
            var general = new GeneralProcess(id, _options.Launcher, _kit.NodeArguments(id, brokerUrl, data), Path.Combine(logs, $"general-{id}.log"));
            general.UnplannedExit += Unplanned;
            _generals[id] = general;
            general.Start();
        }

        _options.Progress?.Invoke($"started {_scenario.Generals} generals on {brokerUrl}");
    }

    private async Task WaitForBootAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < _options.BootTimeout && !_unplannedSeen)
        {
            List<HistoryEvent> seen = _history.Snapshot();
            if (seen.Any(e => e.Type == HistoryType.BootFailed))
            {
                // A general refused its stored state and will stay silent: the run is void now, not after the timeout.
                _unplannedSeen = true;
                return;
            }

            // A general is up once its whole boot burst is in: what its board says comes last, after the boot and after
            // whatever the General reports again from its store (on a kit that outlives runs, the last run's unacknowledged
            // sends, last deliveries, decisions), so all of that lies before t = 0, where it belongs.
            HashSet<int> booted = seen.Where(e => e.Type == HistoryType.Boot).Select(e => e.General).ToHashSet();
            booted.IntersectWith(seen.Where(e => e.Type == HistoryType.BoardBooted).Select(e => e.General));
            if (booted.Count == _scenario.Generals)
            {
                return;
            }

            await Task.Delay(50, _options.Cancel).ConfigureAwait(false);
        }

        if (!_unplannedSeen)
        {
            throw new ProcessStartException($"not every general booted and connected within {_options.BootTimeout.TotalSeconds} s (see {Path.Combine(_options.RunFolder, "nodes")}/*.log)");
        }
    }

    private void Schedule(DelayScheduler scheduler, EmbeddedBroker? broker)
    {
        if (_scenario.Timing.Model == "partially-synchronous")
        {
            scheduler.At(_startMs + _scenario.Timing.GstMs, () => _history.Record(new HistoryEvent { TimeMs = _clock.NowMs, Type = HistoryType.Gst }));
        }

        foreach (HistoryEvent planned in PlannedFaults.Partitions(_scenario))
        {
            scheduler.At(_startMs + planned.TimeMs, () => _history.Record(planned with { TimeMs = _clock.NowMs }));
        }

        foreach (WorkloadSpec work in _scenario.Workload)
        {
            scheduler.At(_startMs + work.AtMs, () => SendControl(work, work.Node));
        }

        foreach (FaultSpec fault in _scenario.Faults)
        {
            long at = _startMs + fault.AtMs;
            if (fault.Kind == "power-cut-at-write")
            {
                // A process has no store-write hook: the cut lands at a random moment of the window instead.
                at += _faultRandom.NextInRange(0, (int)Math.Max(0, Math.Min(fault.DeadlineMs, int.MaxValue)));
            }

            scheduler.At(at, () => Fault(fault, scheduler, broker));
        }
    }

    private void Fault(FaultSpec fault, DelayScheduler scheduler, EmbeddedBroker? broker)
    {
        long now = _clock.NowMs;
        if (fault.Kind == "broker-restart")
        {
            RestartBroker(fault, scheduler, broker, now);
            return;
        }

        if (fault.Kind == "rogue-telemetry")
        {
            foreach (int target in fault.Node == 0 ? Enumerable.Range(1, _scenario.Generals) : [fault.Node])
            {
                PublishRogueTelemetry(target, fault);
            }

            return;
        }

        if (fault.Kind == "rogue")
        {
            foreach (int target in fault.Node == 0 ? Enumerable.Range(1, _scenario.Generals) : [fault.Node])
            {
                Rogue(target, fault);
            }

            return;
        }

        GeneralProcess general = _generals[fault.Node];
        switch (fault.Kind)
        {
            case "crash-stop":
                general.Kill();
                _history.Record(new HistoryEvent { TimeMs = now, Type = HistoryType.Crash, General = fault.Node, Detail = "kill -9", RestartAfterMs = -1 });
                break;
            case "crash-recovery":
            case "power-cut-at-write":
                general.Kill();
                _history.Record(new HistoryEvent { TimeMs = now, Type = HistoryType.Crash, General = fault.Node, Detail = "kill -9", RestartAfterMs = fault.RestartAfterMs });
                scheduler.At(now + fault.RestartAfterMs, () =>
                {
                    general.Start();
                    _history.Record(new HistoryEvent { TimeMs = _clock.NowMs, Type = HistoryType.Restart, General = fault.Node });
                });
                break;
            case "pause":
                if (general.Pause())
                {
                    _history.Record(new HistoryEvent { TimeMs = now, Type = HistoryType.Pause, General = fault.Node, DurationMs = fault.DurationMs });
                    scheduler.At(now + fault.DurationMs, () =>
                    {
                        general.Resume();
                        long backlog = _history.Snapshot().Count(e => e.Type == HistoryType.Deliver && e.To == fault.Node && e.TimeMs >= now);
                        _history.Record(new HistoryEvent { TimeMs = _clock.NowMs, Type = HistoryType.Resume, General = fault.Node, Backlog = backlog });
                    });
                }

                break;
        }
    }

    private void RestartBroker(FaultSpec fault, DelayScheduler scheduler, EmbeddedBroker? broker, long now)
    {
        if (broker == null)
        {
            // The nemesis still loses every frame for the outage; only the external broker itself keeps running.
            _history.Record(new HistoryEvent
            {
                TimeMs = now, Type = HistoryType.BrokerDown, DurationMs = fault.DurationMs,
                Detail = "external broker: not restarted by the harness; every frame is lost meanwhile",
            });
            scheduler.At(now + fault.DurationMs, () => _history.Record(new HistoryEvent { TimeMs = _clock.NowMs, Type = HistoryType.BrokerUp }));
            return;
        }

        broker.StopAsync().GetAwaiter().GetResult();
        _history.Record(new HistoryEvent { TimeMs = now, Type = HistoryType.BrokerDown, DurationMs = fault.DurationMs });
        scheduler.At(now + fault.DurationMs, () =>
        {
            broker.StartAsync().GetAwaiter().GetResult();
            _history.Record(new HistoryEvent { TimeMs = _clock.NowMs, Type = HistoryType.BrokerUp });
        });
    }

    private void Rogue(int target, FaultSpec fault)
    {
        List<byte[]> frames = RogueTraffic.InboxFrames(_scenario.Kit, target, fault.Count, _faultRandom);
        byte[] forged;
        lock (_controlLock)
        {
            forged = RogueTraffic.ForgedControl(_scenario.Kit, target, target == 1 ? 2 : 1, _kit.HarnessSigner.Scheme,
                _kit.HarnessSigner.Scheme == SignatureScheme.Lms ? 2508 : 64, _kit.NextControlSequence(), _faultRandom);
        }

        _history.Record(new HistoryEvent { TimeMs = _clock.NowMs, Type = HistoryType.Rogue, General = target, Inputs = frames.Count + 1 });
        foreach (byte[] frame in frames)
        {
            _sink!.Publish(Topics.Inbox(_scenario.Kit, target), frame);
        }

        _sink!.Publish(Topics.Control(_scenario.Kit, target), forged);
    }

    private void PublishRogueTelemetry(int target, FaultSpec fault)
    {
        List<(string, byte[])> messages = RogueTelemetry.Frames(_scenario.Kit, target, fault.Count, _network!.Telemetry, _faultRandom)
            .Select(f => (f.Channel == TelemetryChannel.Events ? Topics.Events(_scenario.Kit, target) : Topics.Status(_scenario.Kit, target), f.Frame))
            .ToList();
        _history.Record(new HistoryEvent { TimeMs = _clock.NowMs, Type = HistoryType.RogueTelemetry, General = target, Frames = messages.Count });
        string user = KitCredentials.UserOf(target);
        Task<int> rogue = RogueTelemetryClient.PublishAsync(_broker.Host, _broker.Port, user, _kit.Credentials.PasswordOf(user), messages, _options.Cancel);
        lock (_rogueClients)
        {
            _rogueClients.Add(rogue);
        }
    }

    private void OnBooted(int id, long incarnation)
    {
        if (incarnation <= 1 || _startMs < 0)
        {
            return;
        }

        foreach (WorkloadSpec standing in _scenario.Workload.Where(w => w.Standing && (w.Node == 0 || w.Node == id) && _startMs + w.AtMs <= _clock.NowMs))
        {
            SendControl(standing, id);
        }
    }

    private void SendControl(WorkloadSpec work, int target)
    {
        ControlCommand command = ControlCommands.For(work);
        IEnumerable<int> targets = target == 0 ? Enumerable.Range(1, _scenario.Generals) : [target];
        foreach (int id in targets)
        {
            byte[]? bytes;
            lock (_controlLock)
            {
                bytes = ControlCommands.SignedFrame(_scenario.Kit, id, _kit.NextControlSequence(), command, _kit.HarnessSigner);
            }

            if (bytes == null)
            {
                Unplanned(FrameLimits.HarnessId, ControlCommands.SignFailure(work, id, _kit.HarnessSigner.LastError));
                continue;
            }

            _history.Record(ControlCommands.HistoryOf(_clock.NowMs, id, command));
            _sink!.Publish(Topics.Control(_scenario.Kit, id), bytes);
        }
    }

    /// <summary>
    /// Harness time counts from the start of the run, before the generals boot (the `start` line says when the scenario's
    /// clock starts). What a general published just before its kill -9 can reach the harness just after it: an event of
    /// a general that the harness observed while the general was dead happened before the crash, and is placed there.
    /// </summary>
    private List<HistoryEvent> Rebase(List<HistoryEvent> history)
    {
        var rebased = new List<HistoryEvent>(history.Count);
        var deadSince = new Dictionary<int, long>();
        foreach (HistoryEvent e in history.Where(e => e.TimeMs < _endMs || e.Type == HistoryType.End || HistoryTypes.Unplanned.Contains(e.Type)))
        {
            if (e.Type is HistoryType.Crash or HistoryType.UnplannedFault)
            {
                deadSince[e.General] = e.TimeMs;
            }
            else if (e.Type == HistoryType.Restart)
            {
                deadSince.Remove(e.General);
            }

            int general = HistoryTypes.IsTelemetry(e.Type) ? e.General
                : e.Type is HistoryType.Send or HistoryType.Duplicate or HistoryType.Corrupt or HistoryType.Spoof or HistoryType.Replay ? e.From
                : 0;
            long time = general > 0 && deadSince.TryGetValue(general, out long crashMs) ? Math.Max(0, crashMs - 1) : e.TimeMs;
            rebased.Add(e with { TimeMs = time });
        }

        return [.. rebased.OrderBy(e => e.TimeMs)];
    }
}
