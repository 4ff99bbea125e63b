using Generals.Harness.History;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Sim;

namespace Generals.Harness.Tests.Sim;

public class SimulatorTests
{
    public static TheoryData<string> BuiltIns()
    {
        var data = new TheoryData<string>();
        foreach (string name in ScenarioLoader.BuiltInNames())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void RunSim_BuiltInScenario_VerdictMatchesExpectation(string name)
    {
        Scenario scenario = ScenarioLoader.Load(name);

        RunOutcome run = ScenarioRunner.RunSim(scenario, scenario.Seed ?? 1);

        Assert.True(run.ExitCode == 0, $"{name}: {VerdictTable.Render(run)}");
    }

    [Theory]
    [InlineData("reliable-link")]
    [InlineData("arbitrary-link")]
    [InlineData("crash-recovery-link")]
    public void Run_SameSeedTwice_GivesByteIdenticalHistory(string name)
    {
        Scenario scenario = ScenarioLoader.Load(name);

        string first = Jsonl(new Simulator(scenario, 42).Run().History);
        string second = Jsonl(new Simulator(scenario, 42).Run().History);

        Assert.Equal(first, second);
        Assert.True(first.Length > 10_000);
    }

    [Fact]
    public void Run_DifferentSeeds_GiveDifferentHistories()
    {
        Scenario scenario = ScenarioLoader.Load("reliable-link");

        Assert.NotEqual(Jsonl(new Simulator(scenario, 1).Run().History), Jsonl(new Simulator(scenario, 2).Run().History));
    }

    [Fact]
    public void CrashRecoveryLink_200Seeds_AllValidAndEveryRunCutsPowerAtStoreWrites()
    {
        Scenario scenario = ScenarioLoader.Load("crash-recovery-link");
        var failures = new List<string>();
        long cutsAtWrites = 0;

        for (ulong seed = 1; seed <= 200; seed++)
        {
            RunOutcome run = ScenarioRunner.RunSim(scenario, seed);
            int crashes = run.History.Count(e => e.Type == HistoryType.Crash);
            cutsAtWrites += run.History.Count(e => e.Type == HistoryType.Crash && e.Detail!.Contains("at store write", StringComparison.Ordinal));
            if (run.ExitCode != 0 || crashes != 4 || run.History.Any(e => e.Type == HistoryType.BootFailed))
            {
                failures.Add($"seed {seed}: {crashes} crashes\n{VerdictTable.Render(run)}");
            }
        }

        Assert.Empty(failures);
        Assert.True(cutsAtWrites > 500, $"only {cutsAtWrites} power cuts landed on store writes");
    }

    [Fact]
    public void Run_PausedGeneral_GetsItsBacklogOnResume()
    {
        Scenario scenario = ScenarioLoader.Parse("""
            name: pause-test
            generals: 2
            duration_ms: 4000
            link: { reliable: true }
            faults:
              - { node: 2, kind: pause, at_ms: 500, duration_ms: 1000 }
            workload:
              - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 100, interval_ms: 10, first_id: 1 }
            checks: [reliable-delivery]
            """, "test");

        IReadOnlyList<HistoryEvent> history = new Simulator(scenario, 3).Run().History;

        HistoryEvent resume = history.Single(e => e.Type == HistoryType.Resume);
        Assert.True(resume.Backlog > 0, "frames queued while paused");
        Assert.DoesNotContain(history, e => e.Type == HistoryType.AppDeliver && e.General == 2 && e.TimeMs > 500 && e.TimeMs < 1500);
        Assert.Contains(history, e => e.Type == HistoryType.AppDeliver && e.General == 2 && e.TimeMs == 1500);
        Assert.Equal(0, ScenarioRunner.RunSim(scenario, 3).ExitCode);
    }

    [Fact]
    public void Run_CrashStopReceiver_MessagesToItAreNotOwed()
    {
        Scenario scenario = ScenarioLoader.Parse("""
            name: crash-stop-test
            generals: 2
            duration_ms: 5000
            link: { reliable: true }
            faults:
              - { node: 2, kind: crash-stop, at_ms: 300 }
            workload:
              - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 50, interval_ms: 20, first_id: 1 }
            checks: [reliable-delivery]
            """, "test");

        RunOutcome run = ScenarioRunner.RunSim(scenario, 5);

        Assert.Contains(run.History, e => e.Type == HistoryType.Drop && e.Reason == "receiver down");
        Assert.Equal(0, run.ExitCode);
    }

    private static string Jsonl(IReadOnlyList<HistoryEvent> history) => HistoryJson.ToText(history);
}
