using Generals.Harness.Scenarios;

namespace Generals.Harness.Runs;

/// <summary>`generals demo`: one scenario per lecture concept, each checked against its expected verdict.</summary>
public static class Demo
{
    /// <summary>The demo's scenarios, in the order of the lecture.</summary>
    public static IReadOnlyList<string> Scenarios { get; } =
    [
        "two-generals",
        "om-n4-m1",
        "om-n3-m1",
        "sm-n3-m1",
        "fair-loss-link",
        "reliable-link",
        "arbitrary-link",
        "arbitrary-link-unauthenticated",
        "crash-recovery-link",
        "fd-partial-sync-fixed",
        "fd-partial-sync-adaptive",
        "fd-crash-recovery",
    ];

    /// <summary>Runs every demo scenario in the simulator; <paramref name="progress"/> hears of each start.</summary>
    public static IReadOnlyList<RunOutcome> RunSim(ulong seed, Action<int, int, string> progress)
    {
        var runs = new List<RunOutcome>();
        for (int i = 0; i < Scenarios.Count; i++)
        {
            progress(i + 1, Scenarios.Count, Scenarios[i]);
            Scenario scenario = ScenarioLoader.Load(Scenarios[i]);
            runs.Add(ScenarioRunner.RunSim(scenario, scenario.Seed ?? seed));
        }

        return runs;
    }
}
