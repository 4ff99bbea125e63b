using BenchmarkDotNet.Running;

namespace Generals.Bench;

public static class Program
{
    /// <summary>`sim`, `emu` and `broker-flood` run the timed harnesses, `compressions` counts hashing; anything else goes to BenchmarkDotNet.</summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "compressions")
        {
            CompressionCounts.Run(Console.Out);
            return;
        }

        if (args.Length > 0 && args[0] == "sim")
        {
            SimThroughput.Run(Console.Out);
            return;
        }

        if (args.Length > 0 && args[0] == "emu")
        {
            EmuBench.RunAsync(Console.Out, latencyOnly: args.Length > 1 && args[1] == "latency").GetAwaiter().GetResult();
            return;
        }

        if (args.Length > 0 && args[0] == "broker-flood")
        {
            BrokerFlood.RunAsync(Console.Out, args.Length > 1 ? args[1] : "embedded", args.Length > 2 ? Number(args[2]) : 30).GetAwaiter().GetResult();
            return;
        }

        if (args.Length > 2 && args[0] == "broker-flood-attack")
        {
            BrokerFlood.AttackAsync(Console.Out, Number(args[1]), Number(args[2])).GetAwaiter().GetResult();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static int Number(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
