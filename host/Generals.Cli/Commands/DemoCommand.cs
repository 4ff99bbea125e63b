using System.CommandLine;
using Generals.Harness.Checkers;
using Generals.Harness.Runs;

namespace Generals.Cli.Commands;

/// <summary>`generals demo`: the lecture's scenarios, one line each, and exit 0 when every verdict is the expected one.</summary>
public static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var seed = new Option<ulong?>("--seed") { Description = "Seed for every scenario (default: a fresh one, printed first)." };
        var output = new Option<string?>("--out") { Description = "Write each run folder under this folder instead of store/." };
        var command = new Command("demo", "Run one scenario per lecture concept and print what each demonstrates.");
        command.Options.Add(seed);
        command.Options.Add(output);
        command.SetAction(parse => Run(parse.GetValue(seed), parse.GetValue(output), console));
        return command;
    }

    private static int Run(ulong? seedOption, string? output, CliConsole console)
    {
        ulong seed = seedOption ?? ScenarioRunner.NewSeed();
        console.Output.WriteLine($"seed: {seed}");
        IReadOnlyList<RunOutcome> runs = Demo.RunSim(seed, (i, n, name) => console.Output.WriteLine($"[{i}/{n}] {name} ..."));
        console.Output.WriteLine();
        console.Output.WriteLine($"{"scenario",-32} {"expected",-8} {"verdict",-8} {"",-4} demonstrates");
        foreach (RunOutcome run in runs)
        {
            string mark = run.Verdict == run.Expected ? "ok" : "FAIL";
            console.Output.WriteLine($"{run.Scenario.Name,-32} {run.Expected.Name(),-8} {run.Verdict.Name(),-8} {mark,-4} {run.Scenario.Demonstrates}");
            string folder = output != null
                ? Path.Combine(output, run.Scenario.Name)
                : RunFolder.DefaultPath("store", run.Scenario.Name, DateTime.UtcNow);
            RunFolder.Write(run, folder, linkLatest: output == null);
        }

        int failed = runs.Count(r => r.Verdict != r.Expected);
        console.Output.WriteLine();
        console.Output.WriteLine(failed == 0
            ? $"all {runs.Count} scenarios behaved as the theory says (run folders under {output ?? "store/"})"
            : $"{failed} of {runs.Count} scenarios did NOT behave as expected; replay one with: generals run <scenario> --seed {seed}");
        return failed == 0 ? 0 : 1;
    }
}
