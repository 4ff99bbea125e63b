using Generals.Core.Protocols;
using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Agreement;

public class AgreementScenarioTests
{
    private const string Workload = """
        name: agreement-workload
        generals: 4
        workload:
          - { at_ms: 0, node: 4, command: set-traitor, args: [2, 0, 1] }
          - { at_ms: 0, node: 0, command: start-instance, args: [2, 1, 1, 1, 1, 100, 10] }
          - { at_ms: 0, node: 3, command: set-traitor, args: [5, 0, 0] }
          - { at_ms: 500, node: 4, command: set-traitor, args: [0, 0, 0] }
          - { at_ms: 500, node: 0, command: start-instance, args: [3, 2, 2, 0, 2, 50, 20] }
          - { at_ms: 900, node: 0, command: start-instance, args: [1, 3, 1, 1, 0, 100, 10, 4] }
        """;

    [Fact]
    public void Instances_StartInstanceEntries_CarryTheirArgumentsAndStartTime()
    {
        Scenario scenario = ScenarioLoader.Parse(Workload, "test");

        IReadOnlyList<AgreementInstance> instances = AgreementScenario.Instances(scenario);

        Assert.Equal(2, instances.Count);
        AgreementInstance second = instances[1];
        Assert.Equal((2L, ProtocolCodes.SignedMessages, 2, ProtocolCodes.Retreat, 2, 50, 520L),
            (second.Instance, second.Protocol, second.Commander, second.Order, second.M, second.RoundMs, second.StartMs));
        Assert.Equal([1, 2, 3, 4], second.Generals);
    }

    [Fact]
    public void Instances_SetTraitorBeforeAndAfter_OnlyEarlierOnesCount()
    {
        Scenario scenario = ScenarioLoader.Parse(Workload, "test");

        IReadOnlyList<AgreementInstance> instances = AgreementScenario.Instances(scenario);

        // 3 turns traitor after instance 1 starts (same time, later in the workload); 4 turns loyal again before instance 2.
        Assert.Equal([4], instances[0].Traitors);
        Assert.Equal([3], instances[1].Traitors);
    }

    [Fact]
    public void TwoGeneralsInstances_OnlyProtocolOne()
    {
        Scenario scenario = ScenarioLoader.Parse(Workload, "test");

        AgreementInstance only = Assert.Single(AgreementScenario.TwoGeneralsInstances(scenario));

        Assert.Equal(3L, only.Instance);
    }

    [Fact]
    public void Forgers_ForgeStrategyOnly()
    {
        Scenario scenario = ScenarioLoader.Parse(Workload.Replace("args: [0, 0, 0]", "args: [6, 0, 0]", StringComparison.Ordinal), "test");

        Assert.Equal([3], AgreementScenario.Forgers(scenario));
    }

    [Theory]
    [InlineData("args: [2, 1, 1, 1, 1, 100]", "start-instance args")]
    [InlineData("args: [2, 1, 9, 1, 1, 100, 10]", "commander among the generals")]
    [InlineData("args: [1, 1, 1, 1, 0, 100, 10]", "Two Generals adds messengers")]
    public void Parse_BadStartInstance_IsRefused(string args, string message)
    {
        string yaml = $"""
            name: bad
            generals: 4
            workload: [ {"{"} at_ms: 0, node: 0, command: start-instance, {args} {"}"} ]
            """;

        ScenarioException error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "bad.yaml"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SetTraitorToAll_IsRefused()
    {
        const string yaml = "name: bad\ngenerals: 4\nworkload: [ { at_ms: 0, node: 0, command: set-traitor, args: [1, 0, 0] } ]\n";

        Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "bad.yaml"));
    }

    [Fact]
    public void Catalog_TerminationSlack_IsReadFromCheckSettings()
    {
        // The restarted lieutenant re-places its schedule from the first round-1 frame, so it decides up to one delay late.
        Scenario scenario = ScenarioLoader.Load("om-crash-recovery");
        scenario.CheckSettings["termination"] = new Dictionary<string, double> { ["slack_ms"] = 0 };

        RunOutcome run = ScenarioRunner.RunSim(scenario, 1);

        Assert.Equal(Verdict.Invalid, run.Checks.Single(c => c.Name == "termination").Verdict);
    }

    [Fact]
    public void OmCrashRecovery_RestartedLieutenant_DecidesAfterItsRestartAndReportsItAgain()
    {
        Scenario scenario = ScenarioLoader.Load("om-crash-recovery");

        RunOutcome run = ScenarioRunner.RunSim(scenario, 3);

        long restartMs = run.History.First(e => e.Type == History.HistoryType.Restart && e.General == 2).TimeMs;
        var decisions = run.History.Where(e => e.Type == History.HistoryType.Decide && e.General == 2).ToList();
        Assert.Equal(2, decisions.Count);
        Assert.True(decisions[0].TimeMs > restartMs);
        Assert.All(decisions, d => Assert.Equal(ProtocolCodes.Attack, d.Value));
        Assert.Equal(0, run.ExitCode);
    }
}
