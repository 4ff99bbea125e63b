using BenchmarkDotNet.Running;

namespace Generals.Bench;

public static class Program
{
    /// <summary>
    /// `sim`, `sim-scale`, `explore`, `report`, `emu` and `broker-flood` run the timed harnesses, `compressions` counts hashing, `soak` runs the soak (exit 1
    /// when it fails); anything else goes to BenchmarkDotNet.
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "soak")
        {
            Soak.SoakReport report = Soak.SoakDriver.RunAsync(SoakArguments(args[1..])).GetAwaiter().GetResult();
            report.WriteTo(Console.Out);
            return report.Passed ? 0 : 1;
        }

        if (args.Length > 0 && args[0] == "compressions")
        {
            CompressionCounts.Run(Console.Out);
            return 0;
        }

        if (args.Length > 0 && args[0] == "sim")
        {
            SimThroughput.Run(Console.Out, args.Length > 1 ? Number(args[1]) : 0);
            return 0;
        }

        if (args.Length > 0 && args[0] == "sim-scale")
        {
            SimScale.Run(Console.Out, args.Length > 1 ? [.. args[1..].Select(Number)] : SimScale.DefaultSizes);
            return 0;
        }

        if (args.Length > 0 && args[0] == "explore")
        {
            ExploreThroughput.Run(Console.Out, args.Length > 1 ? args[1] : "om-n3-m1", args.Length > 2 ? Number(args[2]) : 200, args.Length > 3 ? Number(args[3]) : 1,
                whole: args.Length > 4 && args[4] == "whole");
            return 0;
        }

        if (args.Length > 0 && args[0] == "report")
        {
            ReportRender.Run(Console.Out, args.Length > 1 ? Number(args[1]) : 100_000, args.Length > 2 ? args[2] : null);
            return 0;
        }

        if (args.Length > 3 && args[0] == "emu" && args[1] == "hosts")
        {
            EmuBench.HostsAsync(Console.Out, Number(args[2]), [.. args[3..].Select(Number)]).GetAwaiter().GetResult();
            return 0;
        }

        if (args.Length > 0 && args[0] == "emu")
        {
            EmuBench.RunAsync(Console.Out, latencyOnly: args.Length > 1 && args[1] == "latency").GetAwaiter().GetResult();
            return 0;
        }

        if (args.Length > 0 && args[0] == "broker-flood")
        {
            BrokerFlood.RunAsync(Console.Out, args.Length > 1 ? args[1] : "embedded", args.Length > 2 ? Number(args[2]) : 30).GetAwaiter().GetResult();
            return 0;
        }

        if (args.Length > 2 && args[0] == "broker-flood-attack")
        {
            BrokerFlood.AttackAsync(Console.Out, Number(args[1]), Number(args[2])).GetAwaiter().GetResult();
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    /// <summary>`--minutes N`, `--seed S`, `--lms H15/W4`, `--folder DIR`, `--keep`.</summary>
    private static Soak.SoakOptions SoakArguments(string[] args)
    {
        var options = new Soak.SoakOptions { Progress = Console.Out };
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            options = args[i] switch
            {
                "--minutes" => options with { Minutes = double.Parse(value!, System.Globalization.CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = ulong.Parse(value!, System.Globalization.CultureInfo.InvariantCulture) },
                "--lms" => options with { Lms = value },
                "--folder" => options with { Folder = value },
                "--keep" => options with { Keep = true },
                _ => throw new ArgumentException($"soak: unknown option {args[i]} (use --minutes N, --seed S, --lms H15/W4, --folder DIR, --keep)"),
            };
            i += args[i] == "--keep" ? 0 : 1;
        }

        return options;
    }

    private static int Number(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
