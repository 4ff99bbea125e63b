using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Scenarios;
using Generals.Harness.Timing;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Lab.Power;
using Generals.Harness.Worlds.Mqtt;

namespace Generals.Harness.Worlds.Lab;

/// <summary>
/// The lab world: the generals are boards (ESP32s running the firmware, or virtual boards speaking their topics) on the
/// kit's broker (embedded on nf.config's listener, or an external one joined through a relay), found by their retained
/// status; time is the wall clock; a power cut is the board's power switch (nf.config's `power`: a USB hub port, a relay, a
/// person) turned off, and on again for a restart, each written as a `power` line with the driver's own result before the
/// `crash` or `restart` it causes; a pause is refused up front (<see cref="LabPlan"/>); a loss of power the harness did not
/// cause is an unplanned fault (<see cref="PowerLedger"/>).
/// </summary>
public sealed class LabWorld : ILiveWorld, IAsyncDisposable
{
    /// <summary>How often the start looks at who is there: a board's status arrives by itself, this only bounds the wait's reaction time.</summary>
    private const int PresencePollMs = 100;

    /// <summary>
    /// How long a board that came online has to report its boot: it reports right after it connects (NodeRuntime publishes
    /// `online`, then what it queued while booting); one that stays quiet this long booted before the harness listened.
    /// </summary>
    private const long BootBurstMs = 2000;

    /// <summary>The lab's timing facts, told (<see cref="LabOptions.Timing"/>).</summary>
    public WorldTiming Timing => _options.Timing;

    /// <summary>What a lab run prints when every board is online and the plan starts.</summary>
    public const string PlanStartsLine = "every board is online: the plan starts";

    private readonly Scenario _scenario;
    private readonly IEmuKit _kit;
    private readonly LabOptions _options;
    private readonly HarnessClock _clock;
    private readonly HistoryRecorder _history;
    private readonly KitBroker _broker;
    private readonly PowerLedger _ledger;
    private readonly Dictionary<int, IPowerSwitch> _switches = [];
    private readonly Dictionary<int, long> _manualRestartAfterMs = [];
    private readonly Lock _manualLock = new();
    private int _stopping;

    public LabWorld(Scenario scenario, IEmuKit kit, LabOptions options, NetworkNemesis nemesis, HarnessClock clock, HistoryRecorder history)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(kit);
        ArgumentNullException.ThrowIfNull(options);
        _scenario = scenario;
        _kit = kit;
        _options = options;
        _clock = clock;
        _history = history;
        _broker = new KitBroker(scenario, kit, nemesis, clock, history);
        Presence = new BoardPresence(Enumerable.Range(1, scenario.Generals), () => clock.NowMs);
        Presence.Watch(HarnessNetwork);
        _ledger = new PowerLedger(history, () => clock.NowMs, options.Progress);
        _ledger.Watch(HarnessNetwork);
        _ledger.CutSeen += OnManualCutSeen;
        for (int id = 1; id <= scenario.Generals; id++)
        {
            string power = options.Config.Board(id)?.Power ?? PowerSwitches.None;
            if (PowerSwitches.For(id, power, options.Tools, Ask, _broker) is { } power1)
            {
                _switches[id] = power1;
            }
        }

        HarnessNetwork.Booted += (general, incarnation) =>
        {
            if (incarnation > 1)
            {
                GeneralBack?.Invoke(general);
            }
        };
    }

    public event Action<int>? GeneralBack;

    /// <summary>Who of the boards is there (their status, boot report, last heard).</summary>
    public BoardPresence Presence { get; }

    public HarnessNetwork HarnessNetwork => _broker.Network.Network;

    public string Name => "lab";

    public string Description => $"lab, broker {_broker.Url}, boards: "
        + string.Join(", ", Enumerable.Range(1, _scenario.Generals).Select(id => $"{id} {(_switches.TryGetValue(id, out IPowerSwitch? s) ? s.Spec : PowerSwitches.None)}"));

    public long NowMs => _clock.NowMs;

    public ISigner HarnessSigner => _kit.HarnessSigner;

    public (SignatureScheme Scheme, int SignatureBytes) ForgedSignature => _broker.ForgedSignature;

    public uint NextControlSequence() => _kit.NextControlSequence();

    public void At(long atMs, Action action) => _broker.Scheduler.At(atMs, action);

    /// <summary>A fault the lab cannot do, or timing its told facts cannot honour (<see cref="LabPlan"/>), before any board is waited for.</summary>
    public string? Refuses(Scenario scenario) => LabPlan.Refusal(scenario, _options.Config, _options.Timing);

    /// <summary>Brings the kit's broker up (or joins it) and waits until every board of the scenario is online.</summary>
    public async Task<bool> StartAsync()
    {
        await _broker.StartForKitAsync(_options.Config, _options.ConfigPath, _options.ExternalBroker, _options.Cancel).ConfigureAwait(false);

        _options.Progress?.Invoke($"broker {_broker.Url}: waiting for boards 1..{_scenario.Generals}");
        await WaitForBoardsAsync().ConfigureAwait(false);
        return true;
    }

    /// <summary>The boards were up before the plan's time 0; from now on a loss of power the harness did not cause is unplanned.</summary>
    public void PowerOnAll()
    {
        _ledger.Start();
        _options.Progress?.Invoke(PlanStartsLine);
    }

    public async Task RunUntilAsync(long endMs) =>
        await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(0, endMs - _clock.NowMs)), _options.Cancel).ConfigureAwait(false);

    /// <summary>Never: as in the emulated world, every fault is carried out (switching off a board already off changes nothing, and is written).</summary>
    public bool IsDown(int general) => false;

    public void PowerCut(int general, long restartAfterMs)
    {
        IPowerSwitch power = _switches[general];
        _ledger.Cut(general);
        ToolResult result = power.Switch(on: false);
        long now = _clock.NowMs;
        _history.Record(PowerLine(now, general, "off", result));
        if (!result.Ok)
        {
            _ledger.Unplanned(general, $"board {general}'s power switch failed ({result}): whether it lost power is unknown");
            return;
        }

        if (power.ByHand)
        {
            // The crash is written when the board's last will shows the person did it; the restart is counted from then.
            lock (_manualLock)
            {
                _manualRestartAfterMs[general] = restartAfterMs;
            }

            _broker.Scheduler.At(now + (long)_options.ManualTimeout.TotalMilliseconds, () => ManualCutOverdue(general));
            return;
        }

        _history.Record(GroundTruth.Crash(now, general, $"power cut ({power.Spec})", restartAfterMs));
        if (restartAfterMs >= 0)
        {
            _broker.Scheduler.At(now + restartAfterMs, () => PowerOn(general));
        }
    }

    /// <summary>A board has no store-write hook the harness can reach: the cut lands at a random moment of the fault's window.</summary>
    public void ArmPowerCut(int general, FaultSpec fault, Prng random)
    {
        ArgumentNullException.ThrowIfNull(fault);
        _broker.Scheduler.At(_clock.NowMs + PowerCutWindow.OffsetMs(fault, random), () => PowerCut(general, fault.RestartAfterMs));
    }

    /// <summary>Never: a board cannot be paused (<see cref="LabPlan"/> refuses such a plan before it starts).</summary>
    public bool Pause(int general) => false;

    public long Resume(int general) => -1;

    public void ScheduleDelivery(long atMs, int to, byte[] frame, HistoryEvent? sent) => _broker.Network.ScheduleDelivery(atMs, to, frame, sent);

    public DeliveryResult Deliver(int to, byte[] frame) => _broker.Network.Deliver(to, frame);

    public void Step(int general) => _broker.Network.Step(general);

    public void SendControl(int to, byte[] frame) => _broker.SendControl(to, frame);

    public void InjectInbox(int to, byte[] bytes) => _broker.InjectInbox(to, bytes);

    public void PublishRogueTelemetry(int general, List<(TelemetryChannel Channel, byte[] Frame)> frames) =>
        _broker.PublishRogueTelemetry(general, frames, _options.Cancel);

    public string BrokerDown() => _broker.BrokerDown();

    public void BrokerUp() => _broker.BrokerUp();

    /// <summary>Nothing armed on a board to disarm.</summary>
    public void Heal()
    {
    }

    public void Interrupt()
    {
        if (Interlocked.Exchange(ref _stopping, 1) == 1)
        {
            return; // the run had ended already: its history is whole
        }

        _ledger.Stop();
        string reason = _options.CancelReason?.Invoke() ?? "cancelled";
        _history.Record(new HistoryEvent { TimeMs = _clock.NowMs, Type = HistoryType.Interrupted, Detail = reason });
        _options.Progress?.Invoke($"interrupted ({reason})");
    }

    public void MarkStopping()
    {
        Interlocked.Exchange(ref _stopping, 1);
        _ledger.Stop();
    }

    /// <summary>Powers on every board the run left off (a crash-stop), so the next run finds them, then lets the broker go.</summary>
    public async Task<Dictionary<string, long>> StopAsync()
    {
        foreach ((int general, IPowerSwitch power) in _switches.Where(s => _ledger.IsCut(s.Key)))
        {
            _options.Progress?.Invoke($"board {general} was left off by the run: power on ({power.Switch(on: true)})");
        }

        return await _broker.StopAsync().ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        // A serial port held open for serial-reset switches lets go of its lines only here.
        foreach (IDisposable held in _switches.Values.OfType<IDisposable>())
        {
            held.Dispose();
        }

        return _broker.DisposeAsync();
    }

    private static HistoryEvent PowerLine(long timeMs, int general, string action, ToolResult result) => new()
    {
        TimeMs = timeMs, Type = HistoryType.Power, General = general, Action = action, Detail = result.Command, Code = result.Code, Output = result.Output,
    };

    private void PowerOn(int general)
    {
        IPowerSwitch power = _switches[general];
        _ledger.PoweredOn(general);
        ToolResult result = power.Switch(on: true);
        long now = _clock.NowMs;
        _history.Record(PowerLine(now, general, "on", result));
        if (!result.Ok)
        {
            _ledger.Unplanned(general, $"board {general}'s power switch failed ({result}): it may stay off");
        }
        else
        {
            // For a person's plug too: the harness's request is when the power comes back, as near as the harness can know.
            _history.Record(GroundTruth.Restart(now, general));
        }
    }

    /// <summary>A board the harness asked a person to unplug sent its last will: that is the cut, and the restart counts from it.</summary>
    private void OnManualCutSeen(int general)
    {
        long restartAfterMs;
        lock (_manualLock)
        {
            if (!_manualRestartAfterMs.Remove(general, out restartAfterMs))
            {
                return;
            }
        }

        long now = _clock.NowMs;
        _history.Record(GroundTruth.Crash(now, general, "power pulled by hand (manual), seen by its last will", restartAfterMs));
        if (restartAfterMs >= 0)
        {
            _broker.Scheduler.At(now + restartAfterMs, () => PowerOn(general));
        }
    }

    private void ManualCutOverdue(int general)
    {
        bool overdue;
        lock (_manualLock)
        {
            overdue = _manualRestartAfterMs.Remove(general);
        }

        if (overdue)
        {
            _ledger.Unplanned(general, $"board {general}'s power was not pulled within {_options.ManualTimeout.TotalSeconds} s of the request (no last will)");
        }
    }

    private void Ask(string request) => _options.Progress?.Invoke(request);

    private async Task WaitForBoardsAsync()
    {
        int[] boards = [.. Enumerable.Range(1, _scenario.Generals)];
        TimeSpan grace = _options.ReconnectGrace;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        bool told = false;
        while (boards.Any(b => !Presence.IsReady(b, BootBurstMs)))
        {
            if (waited.Elapsed >= grace + _options.Wait)
            {
                _options.Progress?.Invoke(PresenceTable.Render(Presence.All(), _clock.NowMs).TrimEnd());
                throw new BoardsMissingException(
                    $"{_options.ConfigPath}: boards {string.Join(", ", Presence.Missing(boards))} of {_scenario.Name} are not online after "
                    + $"{(grace + _options.Wait).TotalSeconds:0} s (the table above says who is there); power them, or wait for them with --wait 60s");
            }

            if (!told && waited.Elapsed >= grace)
            {
                told = true;
                _options.Progress?.Invoke($"waiting up to {_options.Wait.TotalSeconds:0} s more for boards {string.Join(", ", Presence.Missing(boards))}:\n"
                    + PresenceTable.Render(Presence.All(), _clock.NowMs).TrimEnd());
            }

            await Task.Delay(PresencePollMs, _options.Cancel).ConfigureAwait(false);
        }
    }
}
