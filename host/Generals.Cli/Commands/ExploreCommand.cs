using System.CommandLine;
using System.Globalization;
using System.Numerics;
using Generals.Harness.Explore;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Commands;

/// <summary>
/// `generals explore`: searches traitor behaviours and schedules for a violation, prints the shrunk witness round by
/// round and writes its run folder (with trace.txt and the replayable scenario.yaml); exit 0 when the result is what
/// the scenario expects.
/// </summary>
public static class ExploreCommand
{
    /// <summary>Progress lines on long searches: one per this many runs.</summary>
    public const int ProgressEveryRuns = 10_000;

    public static Command Create(CliConsole console)
    {
        var scenario = new Argument<string>("scenario") { Description = "A built-in scenario name (see `generals scenarios`) or a YAML file with OM or SM instances." };
        var budget = new Option<int>("--budget")
        {
            Description = "Runs the search may make: the whole traitor space when it fits, a seeded random sample beyond.",
            DefaultValueFactory = _ => 1000,
        };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the sample and of every run's schedule (default: a fresh one, printed first)." };
        var output = new Option<string?>("--out") { Description = "Write the witness's run folder here instead of store/<scenario>-witness/<UTC time>/." };
        scenario.Validators.Add(CliValues.NotAnOption);
        budget.Validators.Add(result => CliValues.InRange(result, 1, ExploreOptions.BudgetMax));
        var command = new Command("explore", "Search traitor behaviours and schedules for a violation; print and save a minimal witness.");
        command.Arguments.Add(scenario);
        command.Options.Add(budget);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.SetAction(parse => Run(parse.GetValue(scenario)!, parse.GetValue(budget), parse.GetValue(seed), parse.GetValue(output), console));
        return command;
    }

    private static int Run(string name, int budget, ulong? seedOption, string? output, CliConsole console)
    {
        Scenario scenario = ScenarioLoader.Load(name);
        ulong seed = seedOption ?? ScenarioRunner.NewSeed();
        console.Output.WriteLine($"seed: {seed}");
        BigInteger size = Explorer.Space(scenario).Size;
        console.Output.WriteLine(size <= budget
            ? $"explore {scenario.Name} (expected {scenario.Expected}): {size} traitor configurations fit the budget {budget}: exhaustive"
            : $"explore {scenario.Name} (expected {scenario.Expected}): {size} traitor configurations exceed the budget {budget}: seeded random sample");
        ExploreResult result = Explorer.Explore(scenario, new ExploreOptions
        {
            Budget = budget,
            Seed = seed,
            Progress = (done, total) =>
            {
                if (done % ProgressEveryRuns == 0)
                {
                    console.Output.WriteLine($"  {done}/{total} runs");
                }
            },
        });

        string rate = string.Create(CultureInfo.InvariantCulture,
            $"{result.Runs} runs{(result.Witness is { ShrinkRuns: > 0 } w ? $" + {w.ShrinkRuns} shrinking" : "")} in {result.Elapsed.TotalSeconds:0.00} s "
            + $"({result.RunsPerSecond:0} runs/s, {result.ProtocolMessages / Math.Max(result.Elapsed.TotalSeconds, 1e-9):0} protocol messages/s in the search)");
        if (result.Witness is not { } witness)
        {
            console.Output.WriteLine(result.Covered
                ? $"no violation: every configuration ran ({rate})"
                : $"no violation in the sample ({rate})");
        }
        else
        {
            console.Output.WriteLine($"violation found at run {witness.FoundAtRun}, shrunk to a 1-minimal witness ({rate})");
            console.Output.WriteLine();
            console.Output.Write(witness.Trace);
            string folder = output ?? RunFolder.DefaultPath("store", witness.Run.Scenario.Name, DateTime.UtcNow);
            OutputFolder.Write(folder, () =>
            {
                RunFolder.Write(witness.Run, folder, linkLatest: output == null);
                File.WriteAllText(Path.Combine(folder, "trace.txt"), witness.Trace);
            });
            console.Output.WriteLine();
            console.Output.WriteLine($"run folder: {folder} (trace.txt, scenario.yaml)");
            console.Output.WriteLine($"replay: generals run {Path.Combine(folder, "scenario.yaml")} --seed {witness.Seed}");
        }

        console.Output.WriteLine(result.ExitCode == 0
            ? $"as expected: {scenario.Name} expects {scenario.Expected}"
            : $"NOT AS EXPECTED: {scenario.Name} expects {scenario.Expected}");
        return result.ExitCode;
    }
}
