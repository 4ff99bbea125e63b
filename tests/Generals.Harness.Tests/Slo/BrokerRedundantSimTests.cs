using Generals.Harness.Checkers;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Slo;

/// <summary>
/// broker-redundant in the simulator: with a pair of brokers the same outage cuts nothing (the sim's failover is
/// instantaneous, docs/worlds.md), so the objective holds where broker-spof's fails; a scenario asks for at most a pair.
/// </summary>
public sealed class BrokerRedundantSimTests
{
    [Fact]
    public void RunSim_BrokerRedundant_ObjectiveHeldThroughTheOutage()
    {
        RunOutcome run = ScenarioRunner.RunSim(ScenarioLoader.Load("broker-redundant"), 1);

        Assert.Equal(Verdict.Valid, run.Verdict);
        CheckResult availability = Assert.Single(run.Checks, c => c.Name == "slo-availability");
        Assert.Equal(1, availability.Figures["availability"]);
    }

    [Fact]
    public void Load_BrokerRedundant_SameWorkloadAndFaultAsBrokerSpofWithTwoBrokers()
    {
        Scenario spof = ScenarioLoader.Load("broker-spof");
        Scenario redundant = ScenarioLoader.Load("broker-redundant");

        Assert.Equal(1, spof.Brokers);
        Assert.Equal(2, redundant.Brokers);
        Assert.Equal(spof.Workload.Count, redundant.Workload.Count);
        Assert.Equal(spof.Faults.Select(f => (f.Kind, f.AtMs, f.DurationMs)), redundant.Faults.Select(f => (f.Kind, f.AtMs, f.DurationMs)));
    }

    [Fact]
    public void Parse_ThreeBrokers_RefusedNamingTheField()
    {
        string yaml = ScenarioLoader.BuiltInText("broker-redundant")!.Replace("brokers: 2", "brokers: 3", StringComparison.Ordinal);

        ScenarioException refused = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "three"));

        Assert.Contains("brokers", refused.Message, StringComparison.Ordinal);
    }
}
