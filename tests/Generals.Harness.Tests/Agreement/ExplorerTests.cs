using System.Numerics;
using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Core.Runtime;
using Generals.Harness.Checkers;
using Generals.Harness.Explore;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Agreement;

public class ExplorerTests
{
    [Fact]
    public void Explore_OmN3M1_FindsAShrunkIc2Witness()
    {
        Scenario scenario = ScenarioLoader.Load("om-n3-m1");

        ExploreResult result = Explorer.Explore(scenario, new ExploreOptions { Seed = 4 });

        ExploreWitness witness = Assert.IsType<ExploreWitness>(result.Witness);
        Assert.True(result.Exhaustive);
        TraitorChoice traitor = Assert.Single(witness.Traitors);
        Assert.NotEqual(1, traitor.General);
        Assert.Equal(TraitorBehaviour.Plan(0), traitor.Behaviour);
        Assert.Equal(Verdict.Invalid, witness.Run.Checks.Single(c => c.Name == "ic2").Verdict);
        Assert.Contains("round 1 (110..210 ms)", witness.Trace, StringComparison.Ordinal);
        Assert.Contains("[traitor]", witness.Trace, StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Explore_OmN4M1_RunsTheWholeOneTraitorSpaceAndFindsNothing()
    {
        Scenario scenario = ScenarioLoader.Load("om-n4-m1");

        ExploreResult result = Explorer.Explore(scenario, new ExploreOptions { Seed = 4 });

        // Commander: 2^3 plans (one order per lieutenant); each lieutenant: 2^2 (one relay to each other lieutenant).
        long expected = OralMessagesSpace.TraitorPlanCount(4, 1, true) + (3 * OralMessagesSpace.TraitorPlanCount(4, 1, false));
        Assert.Equal(20, expected);
        Assert.Equal(new BigInteger(expected), result.SpaceSize);
        Assert.Equal(expected, result.Runs);
        Assert.True(result.Covered);
        Assert.Null(result.Witness);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Witness_ReplayedFromItsYamlAndSeed_ReproducesTheViolation()
    {
        ExploreWitness witness = Explorer.Explore(ScenarioLoader.Load("om-n3-m1"), new ExploreOptions { Seed = 11 }).Witness!;
        string yaml = ScenarioLoader.ToYaml(witness.Run.Scenario);

        Scenario replayed = ScenarioLoader.Parse(yaml, "scenario.yaml");
        RunOutcome run = ScenarioRunner.RunSim(replayed, witness.Seed);

        Assert.Equal(witness.Seed, replayed.Seed);
        Assert.Equal(Verdict.Invalid, run.Checks.Single(c => c.Name == "ic2").Verdict);
        Assert.Equal(witness.Run.Checks.Single(c => c.Name == "ic2").Witness, run.Checks.Single(c => c.Name == "ic2").Witness);
    }

    [Fact]
    public void Explore_OmN6M2BeyondTheBudget_SamplesAndFindsATwoTraitorWitness()
    {
        ExploreResult result = Explorer.Explore(ScenarioLoader.Load("om-n6-m2"), new ExploreOptions { Seed = 3, Budget = 200 });

        Assert.False(result.Exhaustive);
        ExploreWitness witness = Assert.IsType<ExploreWitness>(result.Witness);
        Assert.Equal(2, witness.Traitors.Count);
        Assert.All(witness.Traitors, t => Assert.True(t.Behaviour.IsPlan));
    }

    [Fact]
    public void Explore_OmN7M2Sample_SpendsTheBudgetAndFindsNothing()
    {
        ExploreResult result = Explorer.Explore(ScenarioLoader.Load("om-n7-m2"), new ExploreOptions { Seed = 3, Budget = 40 });

        Assert.False(result.Exhaustive);
        Assert.Equal(40, result.Runs);
        Assert.Null(result.Witness);
        Assert.True(result.ProtocolMessages > 40 * 156);
    }

    [Fact]
    public void Explore_ValidScenarioWithABrokenExpectation_ExitsOne()
    {
        Scenario scenario = ScenarioLoader.Load("om-n4-m1");
        scenario.Expected = Verdict.Invalid;

        Assert.Equal(1, Explorer.Explore(scenario, new ExploreOptions { Seed = 1 }).ExitCode);
    }

    [Fact]
    public void Explore_NoAgreementInstance_IsRefused()
    {
        Assert.Throws<ScenarioException>(() => Explorer.Explore(ScenarioLoader.Load("reliable-link"), new ExploreOptions()));
    }

    [Fact]
    public void All_SpaceOfSmN4M2_EnumeratesSizeDistinctConfigurations()
    {
        TraitorSpace space = Explorer.Space(ScenarioLoader.Load("sm-n4-m2"));

        var all = space.All().Select(c => string.Join(";", c)).ToList();

        Assert.Equal(space.Size, new BigInteger(all.Count));
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Contains(all, c => c.Contains("forge 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Sample_SameSeed_SameConfigurations()
    {
        TraitorSpace space = Explorer.Space(ScenarioLoader.Load("om-n7-m2"));
        Prng first = new(5), second = new(5);

        var a = Enumerable.Range(0, 20).Select(_ => string.Join(";", space.Sample(first))).ToList();
        var b = Enumerable.Range(0, 20).Select(_ => string.Join(";", space.Sample(second))).ToList();

        Assert.Equal(a, b);
        Assert.All(Enumerable.Range(0, 20).Select(_ => space.Sample(first)), c => Assert.Equal(2, c.Select(t => t.General).Distinct().Count()));
    }

    [Fact]
    public void Concrete_ReplacesTheTraitorsAndKeepsTheRest()
    {
        Scenario scenario = ScenarioLoader.Load("om-n7-m2");

        Scenario concrete = Explorer.Concrete(scenario, [new TraitorChoice(3, TraitorBehaviour.Plan(6))], 77);

        Assert.Equal(77UL, concrete.Seed);
        Assert.Equal(scenario.Workload.Count(w => w.Command == ControlType.StartInstance), concrete.Workload.Count(w => w.Command == ControlType.StartInstance));
        WorkloadSpec traitor = Assert.Single(concrete.Workload, w => w.Command == ControlType.SetTraitor);
        Assert.Equal([(long)TraitorStrategy.Random, TraitorPlan.EnumeratedPlans, 6], traitor.Args);
        Assert.Equal(2, scenario.Workload.Count(w => w.Command == ControlType.SetTraitor));
    }
}
