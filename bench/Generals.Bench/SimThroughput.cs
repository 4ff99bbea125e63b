using System.Diagnostics;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Sim;

namespace Generals.Bench;

/// <summary>
/// Timed harness for the simulator (a whole run is too coarse for BenchmarkDotNet's iterations): frame
/// deliveries per second with the `ideal` scheme on one thread, and memory per simulated general.
/// Run: dotnet run -c Release --project bench/Generals.Bench -- sim [case]
/// </summary>
public static class SimThroughput
{
    private const int Rounds = 5;

    /// <summary>Runs every case, or only case number <paramref name="only"/> (1-based; for a profiler) and no memory figure.</summary>
    public static void Run(TextWriter output, int only = 0)
    {
        foreach ((string label, string yaml, bool record) in Cases().Where((_, index) => only == 0 || index + 1 == only))
        {
            Scenario scenario = ScenarioLoader.Parse(yaml, label);
            new Simulator(scenario, 1, new SimOptions { RecordNetwork = record }).Run();
            double best = 0;
            long delivered = 0;
            long allocated = 0;
            int collections = 0;
            TimeSpan paused = TimeSpan.Zero;
            double bestPerCpuSecond = 0;
            for (int round = 0; round < Rounds; round++)
            {
                long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                int collectionsBefore = GC.CollectionCount(0);
                TimeSpan pausedBefore = GC.GetTotalPauseDuration();
                TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                SimResult result = new Simulator(scenario, (ulong)round + 2, new SimOptions { RecordNetwork = record }).Run();
                clock.Stop();
                delivered = result.FramesDelivered;
                allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                collections = GC.CollectionCount(0) - collectionsBefore;
                paused = GC.GetTotalPauseDuration() - pausedBefore;
                double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
                bestPerCpuSecond = Math.Max(bestPerCpuSecond, result.FramesDelivered / cpuSeconds);
                best = Math.Max(best, result.FramesDelivered / clock.Elapsed.TotalSeconds);
            }

            output.WriteLine($"{label,-44} {delivered,10} deliveries/run  best {best,12:N0} deliveries/s  ({bestPerCpuSecond:N0} per CPU-second of the process)");
            output.WriteLine($"{"",-44} {allocated / Math.Max(1, delivered),10:N0} B allocated per delivery, {collections} gen-0 GCs and {paused.TotalMilliseconds:N0} ms of GC pauses in the last run");
        }

        foreach (int generals in only == 0 ? new[] { 10, 100 } : [])
        {
            output.WriteLine($"memory per simulated general (n={generals}): {MemoryAtRest(generals) / generals:N0} bytes");
        }
    }

    private static IEnumerable<(string, string, bool)> Cases()
    {
        // Nine generals stream to general 1 (a general refuses to stream to itself, so `node: 0` cannot say this).
        string senders = string.Concat(Enumerable.Range(2, 9).Select(node =>
            $"  - {{ at_ms: 0, node: {node}, command: send-stream, to: 1, count: 50000, interval_ms: 1, first_id: {node * 100_000} }}\n"));
        string broadcast = """
            name: throughput
            generals: 10
            duration_ms: 60000
            link: { authenticated: true }
            workload:

            """ + senders;
        const string reliable = """
            name: throughput-reliable
            generals: 4
            duration_ms: 60000
            link: { reliable: true, authenticated: true }
            network: { loss: 0.1, delay: { distribution: uniform, min_ms: 1, max_ms: 20 } }
            workload:
              - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 50000, interval_ms: 1, first_id: 1 }
              - { at_ms: 0, node: 2, command: send-stream, to: 3, count: 50000, interval_ms: 1, first_id: 100000 }
              - { at_ms: 0, node: 3, command: send-stream, to: 4, count: 50000, interval_ms: 1, first_id: 200000 }
              - { at_ms: 0, node: 4, command: send-stream, to: 1, count: 50000, interval_ms: 1, first_id: 300000 }
            """;
        yield return ("streams, authenticated, history of app events", broadcast, false);
        yield return ("streams, authenticated, full network history", broadcast, true);
        yield return ("reliable+authenticated, 10% loss, app history", reliable, false);
    }

    /// <summary>Bytes a simulator of <paramref name="generals"/> holds at rest (booted, nothing running), after full collections.</summary>
    internal static long MemoryAtRest(int generals)
    {
        string yaml = $"name: memory\ngenerals: {generals}\nduration_ms: 1\n";
        Scenario scenario = ScenarioLoader.Parse(yaml, "memory");
        GC.Collect();
        long before = GC.GetTotalMemory(true);
        var simulator = new Simulator(scenario, 1);
        simulator.Run();
        long after = GC.GetTotalMemory(true);
        GC.KeepAlive(simulator);
        return after - before;
    }
}
