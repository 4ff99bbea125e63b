using Generals.Core.Node;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Scenarios;

/// <summary>A spelling the loader does not know is refused where it stands, naming every spelling it accepts.</summary>
public class ScenarioSpellingTests
{
    [Theory]
    [InlineData("faults:\n  - { node: 1, kind: explode, at_ms: 10 }", "faults[0].kind", 3, 16,
        "'explode' is not a fault: use one of crash-stop, crash-recovery, pause, power-cut-at-write, broker-restart, rogue, rogue-telemetry")]
    [InlineData("timing: { model: eventually }", "timing.model", 2, 11,
        "'eventually' is not a timing model: use one of synchronous, partially-synchronous, asynchronous")]
    [InlineData("workload:\n  - { at_ms: 0, node: 1, command: dance }", "workload[0].command", 3, 26,
        "'dance' is not a command: use one of send-stream, start-instance, set-traitor, start-detector, report-counters, or a number 1..5")]
    [InlineData("signature: rsa", "signature", 2, 1, "'rsa' is not a signature scheme: use one of ideal, ed25519, lms")]
    [InlineData("expected: maybe", "expected", 2, 1, "'maybe' is not a verdict: use one of valid, unknown, invalid")]
    [InlineData("network: { delay: { distribution: gaussian } }", "network.delay.distribution", 2, 21,
        "'gaussian' is not a distribution: use one of constant, uniform, exponential, normal, pareto")]
    public void Parse_UnknownSpelling_ProblemAtItsFieldNamingTheAcceptedSpellings(string yaml, string field, int line, int column, string message)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("name: x\n" + yaml + "\n", "s.yaml"));

        ScenarioProblem problem = Assert.Single(error.Problems);
        Assert.Equal((field, line, column, message), (problem.Field, problem.Line, problem.Column, problem.Message));
        Assert.Equal($"s.yaml: line {line}, column {column}: {field}: {message}", error.Message);
    }

    [Fact]
    public void Parse_TwoUnknownSpellings_BothListedInTextOrder()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("name: x\nsignature: rsa\ntiming: { model: eventually }\n", "s.yaml"));

        Assert.Equal(["signature", "timing.model"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Parse_UnknownSpellingBesideAValueOfTheWrongKind_BothReported()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("name: x\ngenerals: many\nsignature: rsa\n", "s.yaml"));

        string[] lines = error.Message.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("s.yaml: line 2, column 11: generals: 'many' is not a whole number", lines[0], StringComparison.Ordinal);
        Assert.Equal("s.yaml: line 3, column 12: signature: 'rsa' is not a signature scheme: use one of ideal, ed25519, lms", lines[1]);
    }

    [Fact]
    public void Parse_EmptyFaultKind_SaysWhichSpellingsItNeeds()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("name: x\nfaults:\n  - { node: 1, kind: ~ }\n", "s.yaml"));

        Assert.Equal("s.yaml: line 3, column 22: faults[0].kind: needs one of crash-stop, crash-recovery, pause, power-cut-at-write, broker-restart, rogue, rogue-telemetry; leave the field out for its default", error.Message);
    }

    [Fact]
    public void Parse_FaultKindAsANumber_Refused()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("name: x\nfaults:\n  - { node: 1, kind: 1 }\n", "s.yaml"));

        Assert.Equal("faults[0].kind", Assert.Single(error.Problems).Field);
    }

    [Fact]
    public void Parse_CommandByWireNumber_ReadAsThatCommand()
    {
        Scenario scenario = ScenarioLoader.Parse("name: x\ngenerals: 2\nworkload:\n  - { at_ms: 0, node: 1, command: 5 }\n", "s.yaml");

        Assert.Equal(ControlType.ReportCounters, Assert.Single(scenario.Workload).Command);
    }

    [Fact]
    public void Parse_WorkloadEntryWithoutCommand_RefusedAtItsCommand()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("name: x\ngenerals: 2\nworkload:\n  - { at_ms: 0, node: 1 }\n", "s.yaml"));

        ScenarioProblem problem = Assert.Single(error.Problems);
        Assert.Equal("workload[0].command", problem.Field);
        Assert.Contains("names no command: use one of send-stream", problem.Message, StringComparison.Ordinal);
    }
}
