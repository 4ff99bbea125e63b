using BenchmarkDotNet.Running;

namespace Generals.Bench;

public static class Program
{
    /// <summary>`sim` runs the timed simulator harness; anything else goes to BenchmarkDotNet.</summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "sim")
        {
            SimThroughput.Run(Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
