using System.Diagnostics;
using Generals.Harness.Explore;
using Generals.Harness.Scenarios;

namespace Generals.Bench;

/// <summary>
/// Timed harness for `generals explore` warm (the CLI's own figure is one short search, mostly start-up and JIT): the
/// same search repeated, runs (search and shrinking) per second of wall time and per second of this process's CPU time
/// (steadier on a shared machine), and the protocol messages the search's runs simulated (exact). `whole` runs every run
/// to its end (ExploreOptions.StopAtFirstViolation off), for a comparison in one build.
/// Run: dotnet run -c Release --project bench/Generals.Bench -- explore [scenario] [repeats] [workers] [whole]
/// </summary>
public static class ExploreThroughput
{
    /// <summary>Searches made before timing: JIT and first allocations.</summary>
    private const int WarmUps = 3;

    public static void Run(TextWriter output, string name, int repeats, int workers, bool whole)
    {
        Scenario scenario = ScenarioLoader.Load(name);
        var options = new ExploreOptions { Seed = 1, Workers = workers, StopAtFirstViolation = !whole };
        for (int i = 0; i < WarmUps; i++)
        {
            Explorer.Explore(scenario, options);
        }

        long runs = 0;
        long messages = 0;
        using var process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < repeats; i++)
        {
            ExploreResult result = Explorer.Explore(scenario, options);
            runs += result.Runs + (result.Witness?.ShrinkRuns ?? 0);
            messages = result.ProtocolMessages;
        }

        clock.Stop();
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        output.WriteLine($"explore {name} --seed 1 --workers {workers}{(whole ? " (whole runs)" : "")}, {repeats} searches of {runs / Math.Max(repeats, 1)} runs, "
            + $"{messages} protocol messages in the search: {runs / clock.Elapsed.TotalSeconds:N0} runs/s, {runs / cpuSeconds:N0} runs per CPU-second");
    }
}
