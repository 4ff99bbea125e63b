using Generals.Harness.Checkers;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Slo;

/// <summary>
/// The SLO checks on simulated runs of broker-spof: the broker outage breaks availability and the witness names the broker as
/// the single point of failure; without the outage the same service meets both objectives; tighter targets fail.
/// </summary>
public sealed class SloCheckerTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void BrokerSpof_OutageMidRun_AvailabilityInvalidNamingTheBrokerAsSinglePointOfFailure(ulong seed)
    {
        RunOutcome run = ScenarioRunner.RunSim(ScenarioLoader.Load("broker-spof"), seed);

        CheckResult availability = Check(run, "slo-availability");
        Assert.Equal(Verdict.Invalid, run.Verdict);
        Assert.Equal(Verdict.Invalid, availability.Verdict);
        Assert.StartsWith("single point of failure: broker (down from t=", availability.Witness[0], StringComparison.Ordinal);
        Assert.Equal(10, availability.Figures["instances"]);
        Assert.InRange(availability.Figures["served"], 4, 7);
    }

    [Fact]
    public void BrokerSpof_WithoutTheOutage_BothObjectivesMet()
    {
        RunOutcome run = ScenarioRunner.RunSim(Variant(yaml => yaml.Replace("  - { node: 0, kind: broker-restart, at_ms: 1000, duration_ms: 1000 }\n", "", StringComparison.Ordinal)
            .Replace("faults:\n", "", StringComparison.Ordinal)), 1);

        Assert.Equal(Verdict.Valid, Check(run, "slo-availability").Verdict);
        Assert.Equal(1, Check(run, "slo-availability").Figures["availability"]);
        CheckResult latency = Check(run, "slo-decision-latency");
        Assert.Equal(Verdict.Valid, latency.Verdict);
        Assert.Equal(40, latency.Figures["decisions"]);
    }

    [Fact]
    public void DecisionLatency_TargetBelowTheRounds_InvalidWithThePercentilesAndTheSlowestDecisions()
    {
        // OM(1) decides at the end of its second 100 ms round: no p99 of 150 ms is possible.
        RunOutcome run = ScenarioRunner.RunSim(Variant(yaml => yaml.Replace("faults:\n  - { node: 0, kind: broker-restart, at_ms: 1000, duration_ms: 1000 }\n", "", StringComparison.Ordinal)
            .Replace("slo-decision-latency: { p50_ms: 250, p99_ms: 400 }", "slo-decision-latency: { p50_ms: 250, p99_ms: 150 }", StringComparison.Ordinal)), 1);

        CheckResult latency = Check(run, "slo-decision-latency");
        Assert.Equal(Verdict.Invalid, latency.Verdict);
        Assert.Matches(@"^p50 \d+ ms, p99 \d+ ms: targets p50 <= 250 ms, p99 <= 150 ms$", latency.Witness[0]);
        Assert.Equal(6, latency.Witness.Count);
    }

    [Fact]
    public void Availability_ServiceBelowTargetWithoutABrokerOutage_WitnessNamesTheWorstWindowNotTheBroker()
    {
        // A crash-recovery of general 2 from 1000 to 2000 ms: it is restarted, so it owes decisions, and misses those meanwhile.
        RunOutcome run = ScenarioRunner.RunSim(Variant(yaml => yaml.Replace("kind: broker-restart, at_ms: 1000, duration_ms: 1000", "kind: crash-recovery, at_ms: 1000, restart_after_ms: 1000", StringComparison.Ordinal)
            .Replace("{ node: 0, kind: crash-recovery", "{ node: 2, kind: crash-recovery", StringComparison.Ordinal)), 1);

        CheckResult availability = Check(run, "slo-availability");
        Assert.Equal(Verdict.Invalid, availability.Verdict);
        Assert.StartsWith("availability ", availability.Witness[0], StringComparison.Ordinal);
        Assert.Contains("worst window instances 5-", availability.Witness[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Slo_NoInstances_Unknown()
    {
        Scenario plan = ScenarioLoader.Parse("name: t\ngenerals: 4\nduration_ms: 500\nchecks: [slo-availability, slo-decision-latency]", "t");

        RunOutcome run = ScenarioRunner.RunSim(plan, 1);

        Assert.Equal(Verdict.Unknown, Check(run, "slo-availability").Verdict);
        Assert.Equal(Verdict.Unknown, Check(run, "slo-decision-latency").Verdict);
    }

    private static CheckResult Check(RunOutcome run, string name) => Assert.Single(run.Checks, c => c.Name == name);

    private static Scenario Variant(Func<string, string> change) =>
        ScenarioLoader.Parse(change(ScenarioLoader.BuiltInText("broker-spof")!).Replace("name: broker-spof", "name: broker-spof-variant", StringComparison.Ordinal), "variant");
}
