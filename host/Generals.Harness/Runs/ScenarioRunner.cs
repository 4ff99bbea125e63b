using System.Diagnostics;
using Generals.Harness.Checkers;
using Generals.Harness.History;
using Generals.Harness.Monitor;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Sim;

namespace Generals.Harness.Runs;

/// <summary>Runs a scenario in a mode and judges it with the scenario's checkers.</summary>
public static class ScenarioRunner
{
    /// <summary>A fresh random seed for runs that were not given one (printed first so they can be replayed).</summary>
    public static ulong NewSeed() => (ulong)Random.Shared.NextInt64(1, long.MaxValue);

    /// <summary>
    /// Runs in the simulator. With <paramref name="stopAtFirstViolation"/> the checks judge the history as the run records
    /// it (<see cref="RunJudges"/>) and the run ends at the first event after which a counted check's violation is final.
    /// </summary>
    public static RunOutcome RunSim(Scenario scenario, ulong seed, SimOptions? options = null, bool stopAtFirstViolation = false)
    {
        if (scenario.Sweep != null)
        {
            return TwoGeneralsExperiment.Run(scenario, seed, options);
        }

        IReadOnlyList<IChecker> checkers = CheckerCatalog.For(scenario);
        RunJudges? judges = stopAtFirstViolation ? new RunJudges(checkers, scenario.Informative) : null;
        var clock = Stopwatch.StartNew();
        SimResult result = new Simulator(scenario, seed, judges == null ? options : SimOptions.Stopping(options, judges.Observe)).Run();
        IReadOnlyList<HistoryEvent> history = FinishedHistory.Of(scenario, result.History);
        List<CheckResult> checks = judges != null && ReferenceEquals(history, result.History)
            ? judges.Results()
            : checkers.Select(c => c.Check(history)).ToList();
        clock.Stop();
        var counts = new Dictionary<string, long>
        {
            ["events"] = result.Events,
            ["history"] = history.Count,
            ["frames-sent"] = result.FramesSent,
            ["frames-delivered"] = result.FramesDelivered,
        };
        foreach ((string scheme, long frames) in result.SignedFrames)
        {
            counts["frames-signed-" + scheme] = frames;
        }

        foreach ((string name, long count) in result.TelemetryCounts)
        {
            counts[name] = count;
        }

        return new RunOutcome(scenario, seed, "sim", history, checks, counts, clock.Elapsed) { Signature = result.Signature };
    }
}
