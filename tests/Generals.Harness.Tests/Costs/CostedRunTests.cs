using Generals.Harness.Costs;
using Generals.Harness.History;
using Generals.Harness.Plan;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Costs;

public class CostedRunTests
{
    [Fact]
    public void Sim_OneSignedInstanceOfThree_SignaturesMadeAndVerifiedAsCountedByHand()
    {
        CostedOutcome costed = CostedRun.Sim(TinyCostScenario.Load(), 3, 1000);

        CostReport report = Assert.IsType<CostReport>(costed.Costs);
        Assert.Equal(ExitCodes.AsExpected, costed.Run.ExitCode);
        Assert.Equal([1, 2, 3], report.Generals.Select(g => g.Id));
        Assert.Equal([1L, 1, 1], report.Generals.Select(g => g.Total.SignaturesMade));
        Assert.Equal([1L, 4, 4], report.Generals.Select(g => g.Total.SignaturesVerified));
        Assert.Equal([1L, 0, 0], report.Generals.Select(g => g.Rounds[0].SignaturesMade));
        Assert.Equal([0L, 1, 1], report.Generals.Select(g => g.Rounds[1].SignaturesMade));
        Assert.Equal([1L, 1, 1], report.Generals.Select(g => g.BetweenRounds.SignaturesVerified));
        Assert.All(report.Generals, g => Assert.Equal((1L, 32L), (g.KeyUsed, g.KeyCapacity)));
    }

    [Fact]
    public void Sim_OneSignedInstanceOfThree_FramesAndCompressionsWhereTheyHappen()
    {
        CostedOutcome costed = CostedRun.Sim(TinyCostScenario.Load(), 3, 1000);

        CostReport report = costed.Costs!;
        GeneralCosts commander = report.Generals[0];
        Assert.Equal(2, commander.Rounds[0].FramesSent);
        Assert.Equal(0, commander.Rounds[1].FramesSent);
        Assert.Equal([1L, 1], report.Generals.Skip(1).Select(g => g.Rounds[1].FramesSent));
        // A lieutenant checks three signatures and makes one; the commander checks one and makes one: LMS H5/W4 costs
        // hundreds of compressions each way, the seals of a few telemetry frames a handful.
        Assert.All(report.Generals.Skip(1), g => Assert.True(g.Total.Compressions > commander.Total.Compressions));
        Assert.InRange(commander.Total.Compressions, 2 * 300, 2 * 1200);
        Assert.Equal(commander.Total.Compressions * 1.0, report.BoardMs(commander.Total.Compressions));
    }

    [Fact]
    public void Sim_ScenarioNamingIdeal_RunsWithLmsAndSaysSo()
    {
        Scenario scenario = ScenarioLoader.Parse(TinyCostScenario.Yaml.Replace("signature: lms", "signature: ideal", StringComparison.Ordinal), "x.yaml");

        CostedOutcome costed = CostedRun.Sim(scenario, 3, 1000);

        Assert.StartsWith("lms H5/W4", costed.Run.Signature, StringComparison.Ordinal);
        Assert.Contains("ideal", costed.Costs!.Note, StringComparison.Ordinal);
        Assert.Equal(SignatureChoice.Ideal, scenario.Signature);
    }

    [Fact]
    public void Sim_Sweep_RunsWithoutCostsAndSaysWhy()
    {
        CostedOutcome costed = CostedRun.Sim(ScenarioLoader.Load("two-generals"), 1, 1000);

        Assert.Null(costed.Costs);
        Assert.Contains("sweep", costed.NotCosted, StringComparison.Ordinal);
    }

    [Fact]
    public void Sim_Measured_SameHistoryAsTheSameRunUnmeasured()
    {
        Scenario scenario = TinyCostScenario.Load();

        RunOutcome plain = ScenarioRunner.RunSim(scenario, 9);
        CostedOutcome costed = CostedRun.Sim(scenario, 9, 1000);

        Assert.Equal(HistoryJson.ToText(plain.History), HistoryJson.ToText(costed.Run.History));
    }

    [Fact]
    public void Sim_SameSeedTwice_SameCounts()
    {
        CostReport first = CostedRun.Sim(TinyCostScenario.Load(), 5, 1000).Costs!;
        CostReport second = CostedRun.Sim(TinyCostScenario.Load(), 5, 1000).Costs!;

        Assert.Equal(first.Generals.Select(g => (g.Total.Compressions, g.Total.FramesSent, g.Total.BytesSent)),
            second.Generals.Select(g => (g.Total.Compressions, g.Total.FramesSent, g.Total.BytesSent)));
    }
}
