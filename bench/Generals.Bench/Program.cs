using BenchmarkDotNet.Running;

namespace Generals.Bench;

public static class Program
{
    /// <summary>`sim` and `emu` run the timed harnesses; anything else goes to BenchmarkDotNet.</summary>
    public static void Main(string[] args)
    {
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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
