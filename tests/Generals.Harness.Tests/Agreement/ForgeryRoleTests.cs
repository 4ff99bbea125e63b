using Generals.Harness.Checkers;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Agreement;

/// <summary>forgeries-rejected judges each message by the role its sender had in that message's instance.</summary>
public class ForgeryRoleTests
{
    [Fact]
    public void RunSim_GeneralForgesThenTurnsHonest_OnlyItsForgeriesCount()
    {
        Scenario scenario = ScenarioLoader.Parse("""
            name: forge-then-honest
            generals: 4
            duration_ms: 1000
            settle_ms: 500
            network: { delay: { distribution: uniform, min_ms: 1, max_ms: 20 } }
            workload:
              - { at_ms: 0, node: 4, command: set-traitor, args: [5, 0, 5] }
              - { at_ms: 0, node: 0, command: start-instance, args: [3, 1, 1, 1, 1, 100, 10] }
              - { at_ms: 500, node: 4, command: set-traitor, args: [0, 0, 0] }
              - { at_ms: 500, node: 0, command: start-instance, args: [3, 2, 1, 0, 1, 100, 10] }
            checks: [forgeries-rejected, ic1, ic2]
            """, "test");

        RunOutcome run = ScenarioRunner.RunSim(scenario, 3);

        CheckResult forgeries = run.Checks.Single(c => c.Name == "forgeries-rejected");
        Assert.True(forgeries.Verdict == Verdict.Valid, VerdictTable.Render(run));
        Assert.True(forgeries.Figures["forgeries-delivered"] > 0);
        Assert.Equal(forgeries.Figures["forgeries-delivered"], forgeries.Figures["forgeries-rejected"]);
        Assert.Equal(Verdict.Valid, run.Verdict);
    }

    [Fact]
    public void RunSim_EveryGeneralForgesInTurn_JudgedPerInstanceNotUnknown()
    {
        Scenario scenario = ScenarioLoader.Parse("""
            name: forge-in-turn
            generals: 4
            duration_ms: 2000
            settle_ms: 500
            network: { delay: { distribution: uniform, min_ms: 1, max_ms: 20 } }
            workload:
              - { at_ms: 0, node: 1, command: set-traitor, args: [5, 0, 1] }
              - { at_ms: 0, node: 0, command: start-instance, args: [3, 1, 2, 1, 1, 100, 10] }
              - { at_ms: 500, node: 1, command: set-traitor, args: [0, 0, 0] }
              - { at_ms: 500, node: 2, command: set-traitor, args: [5, 0, 2] }
              - { at_ms: 500, node: 0, command: start-instance, args: [3, 2, 3, 1, 1, 100, 10] }
              - { at_ms: 1000, node: 2, command: set-traitor, args: [0, 0, 0] }
              - { at_ms: 1000, node: 3, command: set-traitor, args: [5, 0, 3] }
              - { at_ms: 1000, node: 0, command: start-instance, args: [3, 3, 4, 0, 1, 100, 10] }
              - { at_ms: 1500, node: 3, command: set-traitor, args: [0, 0, 0] }
              - { at_ms: 1500, node: 4, command: set-traitor, args: [5, 0, 1] }
              - { at_ms: 1500, node: 0, command: start-instance, args: [3, 4, 1, 0, 1, 100, 10] }
            checks: [forgeries-rejected, ic1, ic2]
            """, "test");

        RunOutcome run = ScenarioRunner.RunSim(scenario, 5);

        CheckResult forgeries = run.Checks.Single(c => c.Name == "forgeries-rejected");
        Assert.True(forgeries.Verdict == Verdict.Valid, VerdictTable.Render(run));
        Assert.Equal(4, forgeries.Figures["forging-roles"]);
        Assert.Equal(forgeries.Figures["forgeries-delivered"], forgeries.Figures["forgeries-rejected"]);
    }
}
