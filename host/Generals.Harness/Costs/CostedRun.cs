using Generals.Harness.Plan;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Sim;

namespace Generals.Harness.Costs;

/// <summary>
/// Runs a scenario in the simulator as a board would run it and measures what each general's Core spends (`--costs`,
/// docs/costs.md). A board signs with LMS: a scenario that names `ideal` (free, simulation only) runs with `lms` and its own
/// `lms` parameter set (H10/W4 unless it says otherwise), so the figures are a board's; `lms` and `ed25519` run as named.
/// </summary>
public static class CostedRun
{
    /// <summary>Runs <paramref name="scenario"/> with <paramref name="seed"/> and reports its costs at <paramref name="compressionMicroseconds"/> per compression.</summary>
    public static CostedOutcome Sim(Scenario scenario, ulong seed, double compressionMicroseconds)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Sweep != null)
        {
            return new CostedOutcome(ScenarioRunner.RunSim(scenario, seed), null,
                "a sweep runs a fresh simulation per cell, so no general lives the whole scenario: nothing to cost");
        }

        Scenario board = ForBoard(scenario, out string note);
        var meter = new CostMeter(CostRound.For(board));
        RunOutcome run = ScenarioRunner.RunSim(board, seed, new SimOptions { Costs = meter });
        return new CostedOutcome(run, CostReport.From(meter, board.Name, seed, run.Signature, note, compressionMicroseconds), "");
    }

    /// <summary>
    /// Runs <paramref name="scenario"/> with the scheme it names, `ideal` included (what the simulator's own runs spend, and
    /// the figure without signatures' cost), and reports its costs; a sweep is not costed (null).
    /// </summary>
    public static CostReport? AsNamed(Scenario scenario, ulong seed, double compressionMicroseconds)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Sweep != null)
        {
            return null;
        }

        var meter = new CostMeter(CostRound.For(scenario));
        RunOutcome run = ScenarioRunner.RunSim(scenario, seed, new SimOptions { Costs = meter });
        return CostReport.From(meter, scenario.Name, seed, run.Signature, "", compressionMicroseconds);
    }

    /// <summary>
    /// <paramref name="scenario"/> with the signature scheme a board runs: a copy with `lms` when it names `ideal`, with
    /// <paramref name="note"/> saying so; itself otherwise (and an empty note).
    /// </summary>
    public static Scenario ForBoard(Scenario scenario, out string note)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        note = "";
        if (scenario.Signature != SignatureChoice.Ideal)
        {
            return scenario;
        }

        Scenario copy = ScenarioLoader.Parse(ScenarioLoader.ToYaml(scenario), scenario.Name);
        copy.Signature = SignatureChoice.Lms;
        note = $"measured with lms {copy.Lms}, a board's scheme: the scenario's ideal signatures cost nothing (docs/costs.md)";
        return copy;
    }
}
