using Generals.Core.Protocols;
using Generals.Harness.Checkers;
using Generals.Harness.Explore;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Agreement;

public class ExplorerTraitorCountTests
{
    [Fact]
    public void Explore_SmN4M1WithTwoTraitors_FindsAViolationAndShrinksItToOneMinimal()
    {
        Scenario scenario = ExploreScenarios.SmN4M1();

        ExploreResult result = Explorer.Explore(scenario, new ExploreOptions { Seed = 1, Traitors = 2, Budget = 3000 });

        ExploreWitness witness = Assert.IsType<ExploreWitness>(result.Witness);
        Assert.True(result.Exhaustive);
        Assert.Equal(Verdict.Invalid, result.Bound.Expected);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(witness.Run.Checks, c => c.Name is "ic1" or "ic2" && c.Verdict == Verdict.Invalid);
        Assert.True(witness.ShrinkRuns > 0);
        Assert.Equal(2, witness.Traitors.Count);
        Assert.All(witness.Traitors, t => Assert.True(t.Behaviour.IsPlan));
        for (int k = 0; k < witness.Traitors.Count; k++)
        {
            Assert.False(Fails(scenario, witness.Traitors.Where((_, i) => i != k).ToList(), witness.Seed));
            long bits = witness.Traitors[k].Behaviour.PlanSeed;
            for (int digit = 0; digit < 63; digit++)
            {
                if ((bits & (1L << digit)) != 0)
                {
                    List<TraitorChoice> simpler = [.. witness.Traitors];
                    simpler[k] = simpler[k] with { Behaviour = TraitorBehaviour.Plan(bits & ~(1L << digit)) };
                    Assert.False(Fails(scenario, simpler, witness.Seed), $"traitor {simpler[k].General} without ATTACK {digit}");
                }
            }
        }
    }

    [Fact]
    public void Explore_SmN4M1WithItsOneTraitor_CoversTheSpaceAndFindsNothing()
    {
        ExploreResult result = Explorer.Explore(ExploreScenarios.SmN4M1(), new ExploreOptions { Seed = 1 });

        Assert.Equal(80, (long)result.SpaceSize);
        Assert.True(result.Covered);
        Assert.True(result.Bound.ByScenario);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Explore_SmN4M2WithOneTraitor_CoversTheSpaceAndFindsNothing()
    {
        ExploreResult result = Explorer.Explore(ScenarioLoader.Load("sm-n4-m2"), new ExploreOptions { Seed = 2, Traitors = 1 });

        Assert.True(result.Covered);
        Assert.Equal(Verdict.Valid, result.Bound.Expected);
        Assert.False(result.Bound.ByScenario);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Explore_OmN4M1WithNoTraitor_RunsOnceAndFindsNothing()
    {
        ExploreResult result = Explorer.Explore(ScenarioLoader.Load("om-n4-m1"), new ExploreOptions { Seed = 2, Traitors = 0 });

        Assert.Equal(1, result.Runs);
        Assert.True(result.Covered);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Explore_OmN7M3SampledPlans_ShrinksToAReplayableWitnessWithNarrowedPlans()
    {
        Scenario scenario = ExploreScenarios.Oral(7, 3, ProtocolCodes.Retreat, "invalid");

        ExploreResult result = Explorer.Explore(scenario, new ExploreOptions { Seed = 1, Budget = 100 });

        ExploreWitness witness = Assert.IsType<ExploreWitness>(result.Witness);
        Assert.False(result.Exhaustive);
        Assert.Equal(85, Explorer.Space(scenario).SlotsOf(2));
        Assert.All(witness.Traitors, t => Assert.True(t.Behaviour.IsPlan || t.Behaviour.IsSampled));
        Assert.DoesNotContain(witness.Traitors, t => t.Behaviour.IsSampled && t.Behaviour.FirstSlot == 0 && t.Behaviour.SlotCount == 0);
        Assert.True(Fails(scenario, witness.Traitors, witness.Seed));
    }

    private static bool Fails(Scenario scenario, IReadOnlyList<TraitorChoice> traitors, ulong seed)
    {
        RunOutcome run = ScenarioRunner.RunSim(Explorer.Concrete(scenario, traitors, seed), seed);
        return run.Checks.Any(c => c.Verdict == Verdict.Invalid);
    }
}
