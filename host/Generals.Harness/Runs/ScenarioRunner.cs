using System.Diagnostics;
using Generals.Harness.Checkers;
using Generals.Harness.History;
using Generals.Harness.Monitor;
using Generals.Harness.Scenarios;
using Generals.Harness.Sim;

namespace Generals.Harness.Runs;

/// <summary>Runs a scenario in a mode and judges it with the scenario's checkers.</summary>
public static class ScenarioRunner
{
    /// <summary>A fresh random seed for runs that were not given one (printed first so they can be replayed).</summary>
    public static ulong NewSeed() => (ulong)Random.Shared.NextInt64(1, long.MaxValue);

    /// <summary>Runs in the simulator.</summary>
    public static RunOutcome RunSim(Scenario scenario, ulong seed, SimOptions? options = null)
    {
        if (scenario.Sweep != null)
        {
            return TwoGeneralsExperiment.Run(scenario, seed, options);
        }

        IReadOnlyList<IChecker> checkers = CheckerCatalog.For(scenario);
        var clock = Stopwatch.StartNew();
        SimResult result = new Simulator(scenario, seed, options).Run();
        IReadOnlyList<HistoryEvent> history = HarnessMonitor.AddTo(scenario, result.History);
        List<CheckResult> checks = checkers.Select(c => c.Check(history)).ToList();
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
