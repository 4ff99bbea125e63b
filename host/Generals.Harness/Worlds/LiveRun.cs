using System.Diagnostics;
using Generals.Core.Runtime;
using Generals.Harness.Checkers;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Emu;

namespace Generals.Harness.Worlds;

/// <summary>
/// One run on a wall-clock world (emulated processes, lab boards): the run loop over the world, the nemesis in the shared
/// network on real traffic, a SIGINT or SIGTERM judged as an interruption, and the same checkers and outcome as the
/// simulator. <see cref="EmuRunner"/> and the lab runner compose it with their world.
/// </summary>
public sealed class LiveRun
{
    private readonly Scenario _scenario;
    private readonly ulong _seed;
    private readonly CancellationToken _cancel;
    private readonly HarnessClock _clock;
    private readonly HistoryRecorder _history;
    private readonly RunLoop _loop;
    private long _endMs = long.MaxValue;

    /// <summary>A run of <paramref name="scenario"/> on <paramref name="clock"/> (at the plan's scale), on the world <paramref name="world"/> makes from the run's nemesis and history.</summary>
    public LiveRun(Scenario scenario, ulong seed, CancellationToken cancel, HarnessClock clock, Func<NetworkNemesis, HistoryRecorder, ILiveWorld> world)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(world);
        _scenario = scenario;
        _seed = seed;
        _cancel = cancel;
        _clock = clock;
        _history = new HistoryRecorder(() => _clock.NowMs);
        var root = new Prng(seed);
        var nemesis = new NetworkNemesis(scenario, root.Fork());
        Prng faultRandom = root.Fork();
        World = world(nemesis, _history);
        _loop = new RunLoop(scenario, World, World.HarnessNetwork, _history, faultRandom);
    }

    /// <summary>The run's world.</summary>
    public ILiveWorld World { get; }

    /// <summary>Broker and network counters of the run (refusals, malformed frames).</summary>
    public Dictionary<string, long> Counters { get; } = [];

    /// <summary>Runs the plan, stops the world, judges the history; the outcome's mode is the world's name.</summary>
    public async Task<RunOutcome> RunAsync()
    {
        IReadOnlyList<IChecker> checkers = CheckerCatalog.For(_scenario);
        var elapsed = Stopwatch.StartNew();
        _clock.Restart();
        using CancellationTokenRegistration onInterrupt = _cancel.Register(World.Interrupt);
        try
        {
            await _loop.RunAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
        {
            // Interrupted: the history so far is judged below (unknown, with the reason). The signal's callback records it,
            // but callbacks run last-registered first: the world's wait, registered after ours, ended this run, and this
            // thread can reach the stop below before the signal's thread reaches our callback, which would then find the
            // run stopping and take it for ended. Recording it here first is the same call, and only the first one counts.
            World.Interrupt();
        }
        finally
        {
            // The run ends now; what the generals publish while they are being stopped is not part of it.
            World.MarkStopping();
            _endMs = _loop.RecordEnd();
            foreach ((string name, long count) in await World.StopAsync().ConfigureAwait(false))
            {
                Counters[name] = count;
            }
        }

        IReadOnlyList<HistoryEvent> history = FinishedHistory.Of(_scenario, Rebase(_history.Snapshot()));
        List<CheckResult> checks = checkers.Select(c => c.Check(history)).ToList();
        elapsed.Stop();
        var counts = new Dictionary<string, long>(Counters) { ["history"] = history.Count };
        return new RunOutcome(_scenario, _seed, World.Name, history, checks, counts, elapsed.Elapsed);
    }

    /// <summary>
    /// Harness time counts from the start of the run, before the generals boot (the `start` line says when the scenario's
    /// clock starts). What a general published just before its power cut can reach the harness just after it: an event of
    /// a general that the harness observed while the general was down happened before the crash, and is placed there.
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
