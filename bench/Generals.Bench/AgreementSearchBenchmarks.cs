using BenchmarkDotNet.Attributes;
using Generals.Harness.Explore;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Bench;

/// <summary>
/// The explorer and the Two Generals sweep, whole (targets: each explore within 60 s, the sweep a few seconds):
/// the search for the OM(1) witness at n = 3, the exhaustive one-traitor space at n = 4, one simulated OM(2) run
/// with seven generals (156 + the traitors' messages), and the 5800-run sweep.
/// Run: dotnet run -c Release --project bench/Generals.Bench -- --filter *AgreementSearch* --job short
/// </summary>
[MemoryDiagnoser]
public class AgreementSearchBenchmarks
{
    private Scenario _omN3M1 = null!;
    private Scenario _omN4M1 = null!;
    private Scenario _omN7M2 = null!;
    private Scenario _twoGenerals = null!;

    [GlobalSetup]
    public void Setup()
    {
        _omN3M1 = ScenarioLoader.Load("om-n3-m1");
        _omN4M1 = ScenarioLoader.Load("om-n4-m1");
        _omN7M2 = ScenarioLoader.Load("om-n7-m2");
        _twoGenerals = ScenarioLoader.Load("two-generals");
    }

    [Benchmark]
    public ExploreResult ExploreOmN3M1FindsWitness() => Explorer.Explore(_omN3M1, new ExploreOptions { Seed = 1 });

    [Benchmark]
    public ExploreResult ExploreOmN4M1WholeSpace() => Explorer.Explore(_omN4M1, new ExploreOptions { Seed = 1 });

    [Benchmark]
    public RunOutcome RunOmN7M2() => ScenarioRunner.RunSim(_omN7M2, 1);

    [Benchmark]
    public RunOutcome TwoGeneralsSweep() => ScenarioRunner.RunSim(_twoGenerals, 1);
}
