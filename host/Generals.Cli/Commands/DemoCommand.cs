using System.CommandLine;
using System.Globalization;
using Generals.Harness.Checkers;
using Generals.Harness.Emu;
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
        var command = new Command("demo", "Run one scenario per lecture concept and print what each demonstrates.");
        command.Options.Add(mode);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.SetAction(parse => Run(parse.GetValue(mode)!, parse.GetValue(seed), parse.GetValue(output), console));
        return command;
    }

    private static int Run(string mode, ulong? seedOption, string? output, CliConsole console)
    {
        ulong seed = seedOption ?? ScenarioRunner.NewSeed();
        string root = output ?? RunFolder.DefaultPath("store", "demo", DateTime.UtcNow);
        console.Output.WriteLine($"seed: {seed}");
        console.Output.WriteLine($"generals demo ({(mode == "emu" ? "emulated generals: real processes, a real MQTT broker, kill -9" : "simulated")}); run folders under {root}");
        var started = System.Diagnostics.Stopwatch.StartNew();
        void Progress(int i, int n, string name) =>
            console.Output.WriteLine($"[{i}/{n}] {started.Elapsed.TotalSeconds,6:0.0} s  {name} ...");
        IReadOnlyList<RunOutcome> runs;
        if (mode == "emu")
        {
            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                runs = Demo.RunEmuAsync(seed, root, GeneralsLauncher.Current(typeof(Program).Assembly.Location), Progress, cancel.Token)
                    .GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                console.Error.WriteLine("demo cancelled; every general it started was stopped");
                return 2;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }
        else
        {
            runs = Demo.RunSim(seed, Progress);
        }

        console.Output.WriteLine();
        console.Output.WriteLine($"{"scenario",-32} {"mode",-4} {"expected",-8} {"verdict",-8} {"",-4} demonstrates");
        foreach (RunOutcome run in runs)
        {
            string mark = run.Verdict == run.Expected ? "ok" : "FAIL";
            console.Output.WriteLine($"{run.Scenario.Name,-32} {run.Mode,-4} {run.Expected.Name(),-8} {run.Verdict.Name(),-8} {mark,-4} {run.Scenario.Demonstrates}");
            RunFolder.Write(run, Path.Combine(root, run.Scenario.Name), linkLatest: false);
        }

        int failed = runs.Count(r => r.Verdict != r.Expected);
        console.Output.WriteLine();
        console.Output.WriteLine(failed == 0
            ? string.Create(CultureInfo.InvariantCulture, $"all {runs.Count} scenarios behaved as the theory says ({started.Elapsed.TotalSeconds:0} s)")
            : $"{failed} of {runs.Count} scenarios did NOT behave as expected; see {root}/<scenario>/results.json");
        return failed == 0 ? 0 : 1;
    }
}
