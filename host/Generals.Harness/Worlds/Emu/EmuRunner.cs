using System.Diagnostics;
using Generals.Core.Runtime;
using Generals.Harness.Checkers;
using Generals.Harness.History;
using Generals.Harness.Monitor;
using Generals.Harness.Network;
using Generals.Harness.Plan;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Timing;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// Runs a scenario on emulated generals: the run loop over the emulated world (<see cref="EmuWorld"/>: one OS process per
/// general, a real MQTT broker, real faults), the nemesis in the shared network on real traffic, and the same checkers and
/// run folder as the simulator.
/// </summary>
public sealed class EmuRunner
{
    private readonly Scenario _scenario;
    private readonly ulong _seed;
    private readonly EmuOptions _options;
    private readonly IEmuKit _kit;
    private readonly HarnessClock _clock;
    private readonly HistoryRecorder _history;
    private readonly EmuWorld _world;
    private readonly RunLoop _loop;
    private long _endMs = long.MaxValue;

    public EmuRunner(Scenario scenario, ulong seed, IEmuKit kit, EmuOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        _seed = seed;
        _kit = kit;
        _options = options;
        // The plan's scale is chosen before anything starts: the generals' clocks run at it from their first step.
        _clock = new HarnessClock(options.ClockScale ?? options.StartScale ?? TimingFit.ScaleFor(PlanTiming.Needs(scenario), options.Expected) ?? 1);
        _history = new HistoryRecorder(() => _clock.NowMs);
        var root = new Prng(seed);
        var nemesis = new NetworkNemesis(scenario, root.Fork());
        Prng faultRandom = root.Fork();
        _world = new EmuWorld(scenario, kit, options, nemesis, _clock, _history);
        _loop = new RunLoop(scenario, _world, _world.Network.Network, _history, faultRandom);
    }

    /// <summary>Broker and network counters of the last run (refusals, malformed frames).</summary>
    public Dictionary<string, long> Counters { get; } = [];

    /// <summary>How many times a run starts again at a slower scale when the facts measured at start ask for one: the load of a shared machine varies between starts.</summary>
    public const int ScaledStartsMax = 3;

    /// <summary>
    /// Runs <paramref name="scenario"/>; when the facts measured at start show that the plan needs a slower clock than the
    /// one chosen (from the facts the world expected, or at the last start) and <see cref="EmuOptions.ClockScale"/> does
    /// not fix it, starts it again, slower, up to <see cref="ScaledStartsMax"/> times. A plan that no scale up to
    /// <see cref="TimeScale.Max"/> honours is refused.
    /// </summary>
    public static async Task<RunOutcome> RunScaledAsync(Scenario scenario, ulong seed, IEmuKit kit, EmuOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        for (int start = 1; ; start++)
        {
            try
            {
                return await new EmuRunner(scenario, seed, kit, options).RunAsync().ConfigureAwait(false);
            }
            catch (ScenarioException e) when (options.ClockScale == null && e.NeededScale is int needed && start <= ScaledStartsMax)
            {
                // A quarter more than the measurement asked for: the next start measures again, on a machine whose load varies.
                int scale = Math.Min(TimeScale.Max, Math.Max(needed + ((needed + 3) / 4), (options.StartScale ?? 1) + 1));
                options.Progress?.Invoke($"{e.Message}: starting again {scale}x slower than real time");
                options = options with { StartScale = scale };
            }
        }
    }

    public async Task<RunOutcome> RunAsync()
    {
        IReadOnlyList<IChecker> checkers = CheckerCatalog.For(_scenario);
        var elapsed = Stopwatch.StartNew();
        _clock.Restart();
        using CancellationTokenRegistration onInterrupt = _options.Cancel.Register(_world.Interrupt);
        try
        {
            await _loop.RunAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_options.Cancel.IsCancellationRequested)
        {
            // Interrupted: Interrupt() recorded it; the history so far is judged below (unknown, with the reason).
        }
        finally
        {
            // The run ends now; what the generals publish while they are being stopped is not part of it.
            _world.MarkStopping();
            _endMs = _loop.RecordEnd();
            foreach ((string name, long count) in await _world.StopAsync().ConfigureAwait(false))
            {
                Counters[name] = count;
            }
        }

        IReadOnlyList<HistoryEvent> history = FinishedHistory.Of(_scenario, Rebase(_history.Snapshot()));
        List<CheckResult> checks = checkers.Select(c => c.Check(history)).ToList();
        elapsed.Stop();
        var counts = new Dictionary<string, long>(Counters) { ["history"] = history.Count };
        string scheme = _kit.HarnessSigner.Scheme.ToString().ToLowerInvariant();
        return new RunOutcome(_scenario, _seed, "emu", history, checks, counts, elapsed.Elapsed)
        {
            Signature = scheme + (_scenario.Signature == SignatureChoice.Ideal ? " (the run's kit; ideal is simulation-only)" : " (the run's provisioned kit)"),
        };
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
