using System.Diagnostics;
using Generals.Harness.Explore;
using Generals.Harness.Scenarios;

namespace Generals.Bench;

/// <summary>
/// Timed harness for `generals explore` warm (the CLI's own figure is one short search, mostly start-up and JIT): the
/// same search repeated, runs per second (search and shrinking runs) and simulated events per run, best and median.
/// Run: dotnet run -c Release --project bench/Generals.Bench -- explore [scenario] [repeats] [workers]
/// </summary>
public static class ExploreThroughput
{
    /// <summary>Searches made before timing: JIT and first allocations.</summary>
    private const int WarmUps = 3;

    public static void Run(TextWriter output, string name, int repeats, int workers)
    {
        Scenario scenario = ScenarioLoader.Load(name);
        var options = new ExploreOptions { Seed = 1, Workers = workers };
        for (int i = 0; i < WarmUps; i++)
        {
            Explorer.Explore(scenario, options);
        }

        var rates = new List<double>();
        long runs = 0;
        var total = Stopwatch.StartNew();
        for (int i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            ExploreResult result = Explorer.Explore(scenario, options);
            clock.Stop();
            long made = result.Runs + (result.Witness?.ShrinkRuns ?? 0);
            runs += made;
            rates.Add(made / clock.Elapsed.TotalSeconds);
        }

        total.Stop();
        rates.Sort();
        output.WriteLine($"explore {name} --seed 1 --workers {workers}, {repeats} searches of {runs / Math.Max(repeats, 1)} runs: "
            + $"{runs / total.Elapsed.TotalSeconds:N0} runs/s overall, median {rates[rates.Count / 2]:N0}, best {rates[^1]:N0}");
    }
}
