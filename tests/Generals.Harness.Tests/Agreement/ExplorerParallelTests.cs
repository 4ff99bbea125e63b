using Generals.Harness.Explore;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Agreement;

public class ExplorerParallelTests
{
    [Fact]
    public void Explore_SameSeedOneOrTwoWorkersTwice_SameWitnessAndFigures()
    {
        Scenario scenario = ScenarioLoader.Load("om-n6-m2");

        ExploreResult[] results = [.. new[] { 1, 2, 2 }.Select(workers =>
            Explorer.Explore(scenario, new ExploreOptions { Seed = 3, Budget = 200, Workers = workers }))];

        ExploreWitness first = Assert.IsType<ExploreWitness>(results[0].Witness);
        Assert.All(results.Skip(1), result =>
        {
            ExploreWitness witness = Assert.IsType<ExploreWitness>(result.Witness);
            Assert.Equal((results[0].Runs, results[0].ProtocolMessages), (result.Runs, result.ProtocolMessages));
            Assert.Equal((first.Seed, first.FoundAtRun, first.ShrinkRuns), (witness.Seed, witness.FoundAtRun, witness.ShrinkRuns));
            Assert.Equal(first.Traitors, witness.Traitors);
            Assert.Equal(first.Trace, witness.Trace);
        });
    }

    [Fact]
    public void Explore_SampleWithoutViolation_SameFiguresWhateverTheWorkers()
    {
        Scenario scenario = ScenarioLoader.Load("om-n7-m2");
        var progress = new List<long>();

        ExploreResult one = Explorer.Explore(scenario, new ExploreOptions { Seed = 5, Budget = 40, Workers = 1 });
        ExploreResult two = Explorer.Explore(scenario, new ExploreOptions { Seed = 5, Budget = 40, Workers = 2, Progress = (done, _) => progress.Add(done) });

        Assert.Null(two.Witness);
        Assert.Equal((one.Runs, one.ProtocolMessages), (two.Runs, two.ProtocolMessages));
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), progress);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ExploreOptions.WorkersMax + 1)]
    public void Explore_WorkersOutOfRange_IsRefused(int workers)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Explorer.Explore(ScenarioLoader.Load("om-n4-m1"), new ExploreOptions { Workers = workers }));
    }
}
