using System.Diagnostics;
using System.Globalization;
using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.History;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Sim;

namespace Generals.Harness.Runs;

/// <summary>
/// Runs a scenario's Two Generals sweep in the simulator: one short simulation per cell (strategy, loss rate,
/// messengers), each running the cell's instances one after another between A (1) and B (2) with the scenario's
/// delay and the cell's loss. A cell's seed is derived from the run seed and the cell's position, so the run seed
/// replays the whole sweep. The outcome table goes to <see cref="RunOutcome.Tables"/>; the history kept is the
/// simulation of the first cell that ended in a defeat (the first witness), so history.jsonl stays small.
/// </summary>
public static class TwoGeneralsExperiment
{
    /// <summary>A (the commander, who gets the order ATTACK) and B.</summary>
    public const int A = 1;

    public const int B = 2;

    public static RunOutcome Run(Scenario scenario, ulong seed, SimOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        TwoGeneralsSweepSpec spec = scenario.Sweep ?? throw new ArgumentException("the scenario has no sweep", nameof(scenario));
        var clock = Stopwatch.StartNew();
        var sweep = new TwoGeneralsSweep();
        var firstDefeats = new Dictionary<string, string>();
        IReadOnlyList<HistoryEvent> witnessHistory = [];
        long events = 0, framesSent = 0, framesDelivered = 0, simulations = 0;
        int cell = 0;
        foreach (TwoGeneralsStrategySpec strategy in spec.Strategies)
        {
            foreach (int loss in spec.LossPercent)
            {
                foreach (int messengers in spec.Messengers.Where(m => m >= strategy.Acks))
                {
                    ulong cellSeed = SeedMix.Derive(seed, cell++);
                    SimResult result = new Simulator(CellScenario(scenario, spec, strategy, loss, messengers), cellSeed, options).Run();
                    simulations++;
                    events += result.Events;
                    framesSent += result.FramesSent;
                    framesDelivered += result.FramesDelivered;
                    for (int run = 1; run <= spec.RunsPerCell; run++)
                    {
                        TwoGeneralsOutcome outcome = TwoGeneralsOutcomeChecker.Classify(result.History, run, A, B);
                        sweep.Add(strategy.Name, loss, messengers, outcome);
                        if ((outcome is TwoGeneralsOutcome.CommanderAlone or TwoGeneralsOutcome.OtherAlone) && !firstDefeats.ContainsKey(strategy.Name))
                        {
                            CheckResult defeat = new TwoGeneralsOutcomeChecker(run, A, B).Check(result.History);
                            firstDefeats[strategy.Name] = string.Create(CultureInfo.InvariantCulture,
                                $"{strategy.Name} at loss {loss}%, {messengers} messenger{(messengers == 1 ? "" : "s")} (cell seed {cellSeed}): {defeat.Witness[0]}");
                            if (witnessHistory.Count == 0)
                            {
                                witnessHistory = result.History;
                            }
                        }
                    }
                }
            }
        }

        CheckResult check = TwoGeneralsSweepChecker.Judge(sweep, spec.Strategies.ToDictionary(s => s.Name, s => s.Acks), firstDefeats);
        clock.Stop();
        var counts = new Dictionary<string, long>
        {
            ["simulations"] = simulations,
            ["runs"] = sweep.Rows.Sum(r => r.Runs),
            ["events"] = events,
            ["frames-sent"] = framesSent,
            ["frames-delivered"] = framesDelivered,
            ["history"] = witnessHistory.Count,
        };
        return new RunOutcome(scenario, seed, "sim", witnessHistory, [check], counts, clock.Elapsed)
        {
            Tables = [new RunTable("two-generals", sweep.ToMatrixText(), sweep.Rows.Cast<object>().ToList())],
        };
    }

    /// <summary>
    /// The scenario one cell simulates: the sweep scenario's generals, kit and delay with the cell's loss, and one
    /// Two Generals instance per run, each started when the previous one has decided (instance = run number).
    /// </summary>
    public static Scenario CellScenario(Scenario sweep, TwoGeneralsSweepSpec spec, TwoGeneralsStrategySpec strategy, int lossPercent, int messengers)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(strategy);

        // Both decide at start + (messengers + 1) * retry; one more retry interval lets the last frames land.
        long slotMs = spec.StartDelayMs + ((long)(messengers + 2) * spec.RetryMs);
        var workload = Enumerable.Range(1, spec.RunsPerCell).Select(run => new WorkloadSpec
        {
            AtMs = (run - 1) * slotMs,
            Node = 0,
            Command = ControlType.StartInstance,
            Args = [ProtocolCodes.TwoGenerals, run, A, ProtocolCodes.Attack, strategy.Acks, spec.RetryMs, spec.StartDelayMs, messengers],
        }).ToList();
        return new Scenario
        {
            Name = sweep.Name,
            Kit = sweep.Kit,
            Generals = 2,
            Signature = sweep.Signature,
            DurationMs = spec.RunsPerCell * slotMs,
            SettleMs = 0,
            Timing = sweep.Timing,
            Network = new NetworkSpec { Delay = sweep.Network.Delay, Loss = lossPercent / 100.0 },
            Workload = workload,
        };
    }
}
