using System.Diagnostics;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Sim;

namespace Generals.Bench;

/// <summary>
/// Timed harness for the simulator (a whole run is too coarse for BenchmarkDotNet's iterations): frame
/// deliveries per second with the `ideal` scheme on one thread, and memory per simulated general.
/// Run: dotnet run -c Release --project bench/Generals.Bench -- sim
/// </summary>
public static class SimThroughput
{
    private const int Rounds = 5;

    public static void Run(TextWriter output)
    {
        foreach ((string label, string yaml, bool record) in Cases())
        {
            Scenario scenario = ScenarioLoader.Parse(yaml, label);
            new Simulator(scenario, 1, new SimOptions { RecordNetwork = record }).Run();
            double best = 0;
            long delivered = 0;
            for (int round = 0; round < Rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                SimResult result = new Simulator(scenario, (ulong)round + 2, new SimOptions { RecordNetwork = record }).Run();
                clock.Stop();
                delivered = result.FramesDelivered;
                best = Math.Max(best, result.FramesDelivered / clock.Elapsed.TotalSeconds);
            }

            output.WriteLine($"{label,-44} {delivered,10} deliveries/run  best {best,12:N0} deliveries/s");
        }

        foreach (int generals in new[] { 10, 100 })
        {
            output.WriteLine($"memory per simulated general (n={generals}): {MemoryPerGeneral(generals):N0} bytes");
        }
    }

    private static IEnumerable<(string, string, bool)> Cases()
    {
        const string broadcast = """
            name: throughput
            generals: 10
            duration_ms: 60000
            link: { authenticated: true }
            workload:
              - { at_ms: 0, node: 0, command: send-stream, to: 1, count: 50000, interval_ms: 1, first_id: 1 }
            """;
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

    private static long MemoryPerGeneral(int generals)
    {
        string yaml = $"name: memory\ngenerals: {generals}\nduration_ms: 1\n";
        Scenario scenario = ScenarioLoader.Parse(yaml, "memory");
        GC.Collect();
        long before = GC.GetTotalMemory(true);
        var simulator = new Simulator(scenario, 1);
        simulator.Run();
        long after = GC.GetTotalMemory(true);
        GC.KeepAlive(simulator);
        return (after - before) / generals;
    }
}
