using System.Diagnostics;
using System.Globalization;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Sim;

namespace Generals.Bench;

/// <summary>
/// The simulator at scale (issue 16, item 4): for each number of generals, a 10 s run in which every general streams to
/// the next (a ring, one data message every 10 ms each, authenticated), timed on one thread: simulator events and frame
/// deliveries per second, and the memory each general holds at rest and with the run's history. A number of generals
/// the simulator cannot have is refused by the scenario validator and printed as refused (ScenarioValidator.GeneralsMax
/// 10,000, and never above FrameLimits.GeneralIdMax, the wire's highest id).
/// Run: dotnet run -c Release --project bench/Generals.Bench -- sim-scale [n ...]   (default 10 100 250 1000 10000)
/// </summary>
public static class SimScale
{
    /// <summary>The sizes of the issue (1,000 and 10,000) and the ones below that a kit can have.</summary>
    public static readonly int[] DefaultSizes = [10, 100, 250, 1000, 10_000];

    private const int DurationMs = 10_000;
    private const int IntervalMs = 10;

    public static void Run(TextWriter output, IReadOnlyList<int> sizes)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sizes);
        // Warms the JIT on a small ring so the first size is not charged for it.
        new Simulator(Ring(4), 1).Run();
        foreach (int generals in sizes)
        {
            Scenario scenario;
            try
            {
                scenario = Ring(generals);
            }
            catch (ScenarioException e)
            {
                output.WriteLine($"n={generals,6}: refused: {e.Message}");
                continue;
            }

            long restBytes = SimThroughput.MemoryAtRest(generals);
            GC.Collect();
            long before = GC.GetTotalMemory(true);
            var clock = Stopwatch.StartNew();
            SimResult result = new Simulator(scenario, 1).Run();
            clock.Stop();
            long held = GC.GetTotalMemory(true) - before;
            GC.KeepAlive(result);
            double seconds = clock.Elapsed.TotalSeconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"n={generals,6}: {result.Events,10:N0} events, {result.FramesDelivered,10:N0} deliveries in {seconds,6:N2} s: {result.Events / seconds,10:N0} events/s, {result.FramesDelivered / seconds,9:N0} deliveries/s; memory per general {restBytes / generals,8:N0} B at rest, {held / generals,9:N0} B with the run's history ({result.History.Count:N0} lines)"));
        }
    }

    // Every general g streams to g % n + 1 for the whole run.
    private static Scenario Ring(int generals)
    {
        int count = DurationMs / IntervalMs;
        string workload = string.Concat(Enumerable.Range(1, generals).Select(g => string.Create(CultureInfo.InvariantCulture,
            $"  - {{ at_ms: 0, node: {g}, command: send-stream, to: {(g % generals) + 1}, count: {count}, interval_ms: {IntervalMs}, first_id: {g * 100_000} }}\n")));
        string yaml = string.Create(CultureInfo.InvariantCulture,
            $"name: sim-scale\ngenerals: {generals}\nduration_ms: {DurationMs}\nlink: {{ authenticated: true }}\nworkload:\n{workload}");
        return ScenarioLoader.Parse(yaml, "sim-scale");
    }
}
