using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Scenarios;

/// <summary>The validator refuses what the generals would refuse and every value that makes no sense, all at once, with places.</summary>
public class ScenarioValidatorTests
{
    private static ScenarioException Refused(string yaml) =>
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "s.yaml"));

    private static ScenarioProblem Only(string yaml) => Assert.Single(Refused(yaml).Problems);

    [Fact]
    public void Parse_OmBeyondStoredPathLimit_RefusedAsTheGeneralsWould()
    {
        // n = 13, m = 3: 1112 stored values per lieutenant, above OralMessages.PathsMax; every general answers BadControl.
        ScenarioProblem problem = Only("""
            name: om13
            generals: 13
            duration_ms: 2000
            workload:
              - { at_ms: 0, node: 0, command: start-instance, args: [2, 1, 1, 1, 3, 100, 10] }
            checks: [ic1, ic2]
            """);

        Assert.Equal("workload[0].args[4]", problem.Field);
        Assert.Equal(5, problem.Line);
        Assert.Contains("every general would refuse it", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TheMostGeneralsThisBuildRuns_Accepted()
    {
        Scenario scenario = ScenarioLoader.Parse($"name: many\ngenerals: {ScenarioValidator.GeneralsAllowed}\n", "s.yaml");

        Assert.Equal(ScenarioValidator.GeneralsAllowed, scenario.Generals);
        Assert.Equal(Math.Min(10_000, Core.Wire.FrameLimits.GeneralIdMax), ScenarioValidator.GeneralsAllowed);
    }

    [Fact]
    public void Parse_LmsBeyondAKitsGenerals_RefusedAsKeysMadeForEach()
    {
        ScenarioProblem problem = Only($"name: many\ngenerals: {ScenarioValidator.LmsGeneralsMax + 1}\nsignature: lms\n");

        Assert.Equal("signature", problem.Field);
        Assert.Contains("use ideal or ed25519 at this scale", problem.Message, StringComparison.Ordinal);
        Assert.Equal(ScenarioValidator.LmsGeneralsMax, ScenarioLoader.Parse($"name: kit\ngenerals: {ScenarioValidator.LmsGeneralsMax}\nsignature: lms\n", "s.yaml").Generals);
    }

    [Theory]
    [InlineData(10_001)]
    [InlineData(0)]
    public void Parse_GeneralsBeyondTheSimulatorsScaleOrNone_Refused(int generals)
    {
        ScenarioProblem problem = Only($"name: many\ngenerals: {generals}\n");

        Assert.Equal("generals", problem.Field);
        Assert.Contains($"1..{ScenarioValidator.GeneralsAllowed} generals", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("2000000000")]
    [InlineData("0")]
    public void Parse_StreamCountOutOfRange_Refused(string count)
    {
        ScenarioProblem problem = Only($$"""
            name: counts
            generals: 2
            workload:
              - { at_ms: 0, node: 1, command: send-stream, to: 2, count: {{count}}, interval_ms: 10, first_id: 1 }
            checks: [reliable-delivery]
            """);

        Assert.Equal("workload[0].count", problem.Field);
        Assert.Contains("1..100000", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".nan", "not a number")]
    [InlineData(".inf", "not a number")]
    [InlineData("-0.1", "out of range")]
    public void Parse_LossNotAProbability_Refused(string loss, string said)
    {
        ScenarioProblem problem = Only($"name: nan\nnetwork:\n  loss: {loss}\n");

        Assert.Equal("network.loss", problem.Field);
        Assert.Equal((3, 3), (problem.Line, problem.Column));
        Assert.Contains(said, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MAboveWhatTheGeneralsRun_Refused()
    {
        ScenarioProblem problem = Only("name: m9\ngenerals: 4\nworkload: [ { at_ms: 0, node: 0, command: start-instance, args: [2, 1, 1, 1, 9, 100, 10] } ]\n");

        Assert.Equal("workload[0].args[4]", problem.Field);
        Assert.Contains("0..6", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StreamToMissingGeneral_Refused()
    {
        ScenarioProblem problem = Only("name: to\ngenerals: 3\nworkload: [ { at_ms: 0, node: 1, command: send-stream, to: 7, count: 5, interval_ms: 10, first_id: 1 } ]\n");

        Assert.Equal("workload[0].to", problem.Field);
        Assert.Equal((3, 56), (problem.Line, problem.Column));
        Assert.Contains("general 7 is not in the scenario", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ManyProblems_ListsEveryOneWithLineAndColumnInTextOrder()
    {
        ScenarioException error = Refused("""
            name: many
            generals: 4
            network:
              loss: .nan
              delay: { distribution: normal, ms: 10, std_ms: 0 }
            faults:
              - { node: 9, kind: crash-stop, at_ms: 100 }
            workload:
              - { at_ms: 0, node: 1, command: send-stream, to: 7, count: -5, interval_ms: 10, first_id: 1 }
              - { at_ms: 0, node: 0, command: start-instance, args: [2, 1, 1, 1, 9, 100, 10] }
            checks: [ic1, no-such-check]
            """);

        Assert.Equal(
            [
                "line 4, column 3: network.loss",
                "line 5, column 42: network.delay.std_ms",
                "line 7, column 7: faults[0].node",
                "line 9, column 48: workload[0].to",
                "line 9, column 55: workload[0].count",
                "line 10, column 70: workload[1].args[4]",
                "line 11, column 15: checks[1]",
            ],
            error.Problems.Select(p => $"line {p.Line}, column {p.Column}: {p.Field}").ToList());
        Assert.StartsWith("s.yaml: 7 problems:", error.Message, StringComparison.Ordinal);
        Assert.Contains("s.yaml: line 9, column 55: workload[0].count: -5 is out of range", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ distribution: normal, ms: 10, std_ms: -1 }", "std_ms")]
    [InlineData("{ distribution: pareto, min_ms: 10, shape: 0 }", "shape")]
    [InlineData("{ distribution: pareto, min_ms: 0, shape: 1.5 }", "min_ms")]
    [InlineData("{ distribution: uniform, min_ms: 50, max_ms: 10 }", "max_ms")]
    [InlineData("{ distribution: uniform, min_ms: 5 }", "max_ms")]
    [InlineData("{ distribution: exponential, ms: 0 }", "ms")]
    [InlineData("{ distribution: constant, ms: .nan }", "ms")]
    [InlineData("{ distribution: gaussian, ms: 10 }", "distribution")]
    public void Parse_DistributionParametersThatMakeNoSense_Refused(string delay, string field)
    {
        ScenarioProblem problem = Only($"name: d\nnetwork:\n  delay: {delay}\n");

        Assert.Equal("network.delay." + field, problem.Field);
        Assert.Equal(3, problem.Line);
    }

    [Theory]
    [InlineData("workload: [ { at_ms: 0, node: 1, command: send-stream, to: 2, count: 5, interval_ms: 10, first_id: 1, standing: true } ]", "workload[0].standing")]
    [InlineData("workload: [ { at_ms: 0, node: 0, command: send-stream, to: 2, count: 5, interval_ms: 10, first_id: 1 } ]", "workload[0].node")]
    [InlineData("workload: [ { at_ms: 0, node: 1, command: start-detector, args: [1, 5, 200, 0] } ]", "workload[0].args")]
    [InlineData("workload: [ { at_ms: 0, node: 1, command: set-traitor, args: [9, 0, 0] } ]", "workload[0].args[0]")]
    [InlineData("workload: [ { at_ms: 0, node: 0, command: report-counters, args: [1, 2, 3, 4, 5, 6, 7, 8, 9] } ]", "workload[0].args")]
    [InlineData("workload: [ { at_ms: 20000, node: 0, command: report-counters } ]", "workload[0].at_ms")]
    [InlineData("faults: [ { node: 1, kind: crash-stop, at_ms: 10000 } ]", "faults[0].at_ms")]
    [InlineData("faults: [ { node: 1, kind: pause, at_ms: 10, duration_ms: 0 } ]", "faults[0].duration_ms")]
    [InlineData("link: { durable: true }", "link.durable")]
    [InlineData("link: { reliable: true, retransmit_initial_ms: 0 }", "link.retransmit_initial_ms")]
    [InlineData("links: [ { to: 5, loss: 0.5 } ]", "links[0].to")]
    [InlineData("partitions: [ { groups: [[1], [1, 2]] } ]", "partitions[0].groups[1][0]")]
    [InlineData("signature: lms\nlms: H7/W3", "lms")]
    public void Parse_ValueTheGeneralsOrTheHarnessRefuse_RefusedAtItsField(string yaml, string field)
    {
        ScenarioProblem problem = Only("name: x\ngenerals: 2\n" + yaml + "\n");

        Assert.Equal(field, problem.Field);
        Assert.True(problem.Line >= 3, $"{problem}");
    }

    [Fact]
    public void Parse_TwoStreamsWithOverlappingIds_Refused()
    {
        ScenarioProblem problem = Only("""
            name: overlap
            generals: 2
            workload:
              - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 50, interval_ms: 10, first_id: 1 }
              - { at_ms: 5000, node: 1, command: send-stream, to: 2, count: 50, interval_ms: 10, first_id: 40 }
            """);

        Assert.Equal("workload[1].first_id", problem.Field);
    }

    [Fact]
    public void Validate_ScenarioBuiltInCode_ListsProblemsWithoutPlaces()
    {
        var scenario = new Scenario { Name = "coded", Generals = 0, DurationMs = -1 };

        ScenarioException error = Assert.Throws<ScenarioException>(() => ScenarioValidator.Validate(scenario, "code"));

        Assert.Equal(["generals", "duration_ms"], error.Problems.Select(p => p.Field));
        Assert.All(error.Problems, p => Assert.Equal(0, p.Line));
    }

    [Fact]
    public void ScenarioException_MessageOnly_KeepsWorkingWithNoProblems()
    {
        var error = new ScenarioException("no built-in scenario or file named 'x'");

        Assert.Empty(error.Problems);
        Assert.Equal("no built-in scenario or file named 'x'", error.Message);
    }

    [Theory]
    [MemberData(nameof(SimulatorBuiltIns))]
    public void Problems_BuiltInScenario_None(string name)
    {
        string yaml = ScenarioLoader.BuiltInText(name)!;

        Assert.Empty(ScenarioValidator.Problems(ScenarioLoader.Parse(yaml, name), ScenarioPositions.Of(yaml)));
    }

    public static TheoryData<string> SimulatorBuiltIns() => Sim.SimulatorTests.BuiltIns();
}
