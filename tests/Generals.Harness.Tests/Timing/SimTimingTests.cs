using Generals.Harness.History;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Timing;

namespace Generals.Harness.Tests.Timing;

/// <summary>The simulator keeps every plan's timing model: each built-in gives its expected verdict over 50 seeds and no timing break.</summary>
public sealed class SimTimingTests
{
    public static TheoryData<string> BuiltIns() => [.. ScenarioLoader.BuiltInNames()];

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void RunSim_BuiltInOverFiftySeeds_ExpectedVerdictAndNoTimingBreak(string name)
    {
        Scenario scenario = ScenarioLoader.Load(name);
        var failures = new List<string>();

        for (ulong seed = 1; seed <= 50; seed++)
        {
            RunOutcome run = ScenarioRunner.RunSim(scenario, seed);
            if (run.ExitCode != ExitCodes.AsExpected || run.History.Any(e => e.Type == HistoryType.TimingBreak)
                || !run.History.Any(e => e.Type == HistoryType.Start && e.Detail.EndsWith($"timing: {WorldTiming.Exact.Describe()}", StringComparison.Ordinal)))
            {
                failures.Add($"seed {seed}: {VerdictTable.Render(run)}");
            }
        }

        Assert.Empty(failures);
    }
}
