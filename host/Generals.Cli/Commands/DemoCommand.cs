using System.CommandLine;
using System.Globalization;
using Generals.Harness.Checkers;
using Generals.Harness.Costs;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Runs;

namespace Generals.Cli.Commands;

/// <summary>`generals demo`: the lecture's scenarios on emulated generals (or `--mode sim`), one line each, and
/// exit 0 when every verdict is the expected one.</summary>
public static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var mode = new Option<string>("--mode")
        {
            Description = "emu (default): one OS process per general over the embedded MQTT broker; sim: the fast deterministic simulator.",
            DefaultValueFactory = _ => "emu",
        };
        mode.AcceptOnlyFromAmong("emu", "sim");
        var seed = new Option<ulong?>("--seed") { Description = "Seed for every scenario (default: a fresh one, printed first)." };
        var output = new Option<string?>("--out") { Description = "Write each run folder under this folder instead of store/demo/<UTC time>/." };
        Option<bool> costs = CostOptions.Costs();
        Option<double> compressionUs = CostOptions.CompressionMicroseconds();
        var junit = new Option<string?>("--junit") { Description = "Write the JUnit XML of all the demo's scenarios here (default: junit.xml in the demo's folder)." };
        Option<bool> json = CliJson.Option();
        var parallel = new Option<int>("--parallel")
        {
            Description = $"Emulated scenarios run at once (default: one more than the cores the load average leaves free, 1 to {DemoScheduler.ParallelMax}; 1 runs them one after another).",
            DefaultValueFactory = _ => DemoScheduler.DefaultParallel(Environment.ProcessorCount, DemoView.LoadAverage()),
        };
        parallel.Validators.Add(result => CliValues.InRange(result, 1, DemoScheduler.ParallelMax));
        var command = new Command("demo", "Run one scenario per lecture concept and print what each demonstrates.");
        command.Options.Add(mode);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(costs);
        command.Options.Add(compressionUs);
        command.Options.Add(junit);
        command.Options.Add(json);
        command.Options.Add(parallel);
        command.SetAction(parse => Run(
            parse.GetValue(mode)!, parse.GetValue(seed), parse.GetValue(output), parse.GetValue(costs) ? parse.GetValue(compressionUs) : null,
            parse.GetValue(junit), parse.GetValue(json), parse.GetValue(parallel), console));
        return command;
    }

    private static int Run(string mode, ulong? seedOption, string? output, double? costs, string? junitPath, bool json, int parallel, CliConsole console)
    {
        if (costs != null && mode != "sim")
        {
            throw new UsageException("--costs is for the simulated demo (--mode sim)");
        }

        ulong seed = seedOption ?? ScenarioRunner.NewSeed();
        string root = output ?? RunFolder.DefaultPath("store", "demo", DateTime.UtcNow);
        string junit = junitPath ?? Path.Combine(root, DemoJUnit.FileName);
        if (!json)
        {
            console.Output.WriteLine($"seed: {seed}");
            console.Output.WriteLine($"generals demo ({(mode == "emu" ? "emulated generals: real processes, a real MQTT broker, kill -9" : "simulated")}); run folders under {root}");
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan scenarioTime = TimeSpan.Zero;
        IReadOnlyList<RunOutcome> runs = [];
        IReadOnlyList<CostedOutcome> costed = [];
        string? interrupted = null;
        CliProgress.Run(console, "generals demo", Demo.Scenarios.Count, plainEvery: 1, progress =>
        {
            void Progress(int i, int n, string name) => progress.Report(i - 1, n, name);
            if (mode == "emu")
            {
                using var interrupts = new Interrupts();
                var scenarios = System.Diagnostics.Stopwatch.StartNew();
                runs = Demo.RunEmuAsync(seed, root, GeneralsLauncher.Current(typeof(Program).Assembly.Location), Progress, interrupts.Token, () => interrupts.Signal ?? "cancelled", parallel)
                    .GetAwaiter().GetResult();
                scenarioTime = scenarios.Elapsed;
                interrupted = interrupts.Signal;
                WriteFolders(runs, root);
            }
            else if (costs is { } compressionUs)
            {
                costed = RunCosted(seed, compressionUs, Progress);
                runs = [.. costed.Select(c => c.Run)];
                WriteFolders(runs, root);
                WriteCosts(costed, root);
            }
            else
            {
                var scenarios = System.Diagnostics.Stopwatch.StartNew();
                runs = Demo.RunSim(seed, Progress);
                scenarioTime = scenarios.Elapsed;
                WriteFolders(runs, root);
            }

            return runs.Count;
        });

        OutputFolder.Write(junit, () =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(junit))!);
            File.WriteAllText(junit, DemoJUnit.Render(runs, started.Elapsed));
        });
        if (interrupted != null)
        {
            console.Error.WriteLine($"demo interrupted by {interrupted}: every general was stopped; run folders so far (the last one partial) under {root}");
        }

        int failed = runs.Count(r => r.ExitCode != ExitCodes.AsExpected);
        int code = interrupted != null ? ExitCodes.Unknown : failed == 0 ? ExitCodes.AsExpected : ExitCodes.NotAsExpected;
        if (json)
        {
            CliJson.Write(console, DemoJson.Document(new DemoJson.Summary(seed, mode, root, junit, interrupted, code), runs, costed));
            return code;
        }

        DemoView.WriteTable(console, runs);
        if (interrupted == null && costs is { } perCompression)
        {
            console.Output.WriteLine();
            console.Output.Write(CostSummary.Header(seed, perCompression));
            foreach (CostedOutcome run in costed)
            {
                console.Output.WriteLine(CostSummary.Line(run));
            }
        }

        DemoView.WriteSummary(console, runs, root, junit, started.Elapsed, interrupted != null);
        DemoView.WriteScenarioTime(console, scenarioTime, mode == "emu" ? parallel : 1);
        return code;
    }

    // The demo's scenarios as a board would run them (CostedRun: LMS, not ideal), each with its cost report.
    private static List<CostedOutcome> RunCosted(ulong seed, double compressionUs, Action<int, int, string> progress)
    {
        var runs = new List<CostedOutcome>();
        for (int i = 0; i < Demo.Scenarios.Count; i++)
        {
            progress(i + 1, Demo.Scenarios.Count, Demo.Scenarios[i] + " (costed)");
            Harness.Scenarios.Scenario scenario = Harness.Scenarios.ScenarioLoader.Load(Demo.Scenarios[i]);
            runs.Add(CostedRun.Sim(scenario, scenario.Seed ?? seed, compressionUs));
        }

        return runs;
    }

    private static void WriteCosts(IReadOnlyList<CostedOutcome> runs, string root)
    {
        foreach (CostedOutcome run in runs.Where(r => r.Costs != null))
        {
            string folder = Path.Combine(root, run.Run.Scenario.Name);
            OutputFolder.Write(folder, () => File.WriteAllText(Path.Combine(folder, CostJson.FileName), CostJson.Serialize(run.Costs!)));
        }
    }

    // Written while the signal handlers are still registered: an interrupted demo's folders are complete.
    private static void WriteFolders(IReadOnlyList<RunOutcome> runs, string root)
    {
        foreach (RunOutcome run in runs)
        {
            string folder = Path.Combine(root, run.Scenario.Name);
            OutputFolder.Write(folder, () => RunFolder.Write(run, folder, linkLatest: false));
        }
    }
}
