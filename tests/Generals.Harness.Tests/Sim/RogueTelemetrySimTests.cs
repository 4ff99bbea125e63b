using Generals.Harness.Checkers;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Sim;

/// <summary>A rogue with a general's broker password but not its telemetry key cannot change what the checkers judge.</summary>
public class RogueTelemetrySimTests
{
    [Fact]
    public void RunSim_ArbitraryLinkWithRogueTelemetry_StaysValidAndEveryForgeryIsCountedByReason()
    {
        string yaml = ScenarioLoader.BuiltInText("arbitrary-link")!.Replace(
            "checks: [reliable-delivery, authentication]",
            "faults:\n  - { node: 2, kind: rogue-telemetry, at_ms: 2500, count: 2 }\nchecks: [reliable-delivery, authentication]", StringComparison.Ordinal);
        Scenario scenario = ScenarioLoader.Parse(yaml, "arbitrary-link-rogue-telemetry");

        RunOutcome run = ScenarioRunner.RunSim(scenario, 3);

        Assert.True(run.Verdict == Verdict.Valid, VerdictTable.Render(run));
        Assert.Equal(2 + 2, run.Counts["telemetry-unauthenticated"]);
        Assert.Equal(2, run.Counts["status-unauthenticated"]);
        Assert.Equal(2, run.Counts["telemetry-wrong-general"]);
        Assert.Equal(2, run.Counts["telemetry-replayed"]);
        Assert.Equal(2, run.Counts["status-replayed"]);
        Assert.Equal(0, run.Counts["telemetry-malformed"] + run.Counts["status-malformed"] + run.Counts["status-wrong-general"]);
        Assert.DoesNotContain(run.History, e => e.Type == HistoryType.AppDeliver && e.Message >= RogueTelemetry.ForgedMessageFirstId);
        Assert.DoesNotContain(run.History, e => e.Type == HistoryType.Decide);
        Assert.Equal(12, run.History.Count(e => e.Type == HistoryType.TelemetryRefused && e.General == 2 && e.Reason.Length > 0));
        Assert.Equal(12, run.History.Single(e => e.Type == HistoryType.RogueTelemetry).Frames);
    }

    [Fact]
    public void RunSim_RogueTelemetryOnEveryGeneral_SameSeedSameCounts()
    {
        string yaml = """
            name: rogue-telemetry-all
            duration_ms: 2000
            generals: 3
            link: { reliable: true, authenticated: true }
            faults:
              - { node: 0, kind: rogue-telemetry, at_ms: 500, count: 1 }
            workload:
              - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 20, interval_ms: 40, first_id: 1000 }
            checks: [reliable-delivery, authentication]
            """;
        Scenario scenario = ScenarioLoader.Parse(yaml, "rogue-telemetry-all");

        RunOutcome first = ScenarioRunner.RunSim(scenario, 9);
        RunOutcome second = ScenarioRunner.RunSim(scenario, 9);

        Assert.True(first.Verdict == Verdict.Valid, VerdictTable.Render(first));
        Assert.Equal(3 * 2, first.Counts["telemetry-unauthenticated"]);
        Assert.Equal(3, first.Counts["status-unauthenticated"]);
        Assert.Equal(first.Counts, second.Counts);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Parse_RogueTelemetryCountOutOfRange_IsRefusedNamingTheLimit(int count)
    {
        string yaml = $"name: t\ngenerals: 2\nfaults:\n  - {{ node: 1, kind: rogue-telemetry, at_ms: 10, count: {count} }}\n";

        ScenarioException refused = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "t"));

        Assert.Contains("1..100", refused.Message, StringComparison.Ordinal);
    }
}
