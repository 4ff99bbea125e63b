using System.CommandLine;
using System.Globalization;
using System.Numerics;
using Generals.Core.Wire;
using Generals.Harness.Checkers;
using Generals.Harness.Explore;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Commands;

/// <summary>
/// `generals explore`: searches traitor behaviours and schedules for a violation, prints the shrunk witness round by
/// round and writes its run folder (with trace.txt and the replayable scenario.yaml); exit 0 when the result is what
/// the search expects (the scenario's `expected`, or with `--traitors` another count, the bounds: see TraitorBound).
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
        var traitors = new Option<int?>("--traitors")
        {
            Description = "Traitors in each configuration (0..n-1; default: the protocol's m). Another count is judged by the bounds: "
                + "OM(m) tolerates K traitors when m >= K and n >= 3K + 1, SM(m) when m >= K.",
        };
        var workers = new Option<int>("--workers")
        {
            Description = "Runs made at once (default: the processor count); the result is the same for any count.",
            DefaultValueFactory = _ => Math.Clamp(Environment.ProcessorCount, 1, ExploreOptions.WorkersMax),
        };
        scenario.Validators.Add(CliValues.NotAnOption);
        budget.Validators.Add(result => CliValues.InRange(result, 1, ExploreOptions.BudgetMax));
        traitors.Validators.Add(result => CliValues.InRange(result, 0, FrameLimits.GeneralIdMax - 1));
        workers.Validators.Add(result => CliValues.InRange(result, 1, ExploreOptions.WorkersMax));
        Option<bool> json = CliJson.Option();
        var command = new Command("explore", "Search traitor behaviours and schedules for a violation; print and save a minimal witness.");
        command.Arguments.Add(scenario);
        command.Options.Add(budget);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(traitors);
        command.Options.Add(workers);
        command.Options.Add(json);
        command.SetAction(parse => Run(parse.GetValue(scenario)!, new ExploreOptions
        {
            Budget = parse.GetValue(budget),
            Seed = parse.GetValue(seed) ?? ScenarioRunner.NewSeed(),
            Traitors = parse.GetValue(traitors),
            Workers = parse.GetValue(workers),
        }, parse.GetValue(output), parse.GetValue(json), console));
        return command;
    }

    private static int Run(string name, ExploreOptions given, string? output, bool json, CliConsole console)
    {
        Scenario scenario = ScenarioLoader.Load(name);
        TextWriter say = json ? TextWriter.Null : console.Output;
        say.WriteLine($"seed: {given.Seed}");
        if (given.Traitors > scenario.Generals - 1)
        {
            throw new UsageException($"--traitors {given.Traitors}: {scenario.Name} has {scenario.Generals} generals, so a search has 0..{scenario.Generals - 1} traitors");
        }

        TraitorSpace space = Explorer.Space(scenario, given.Traitors);
        TraitorBound bound = Explorer.Bound(scenario, space.Traitors);
        BigInteger size = space.Size;
        int budget = given.Budget;
        string what = $"explore {scenario.Name} with {Traitors(space.Traitors)} (expected {Expectation(bound)})";
        say.WriteLine(size <= budget
            ? $"{what}: {size} traitor configurations fit the budget {budget}: exhaustive"
            : $"{what}: {size} traitor configurations exceed the budget {budget}: seeded random sample");
        long planned = size <= budget ? (long)size : budget;
        ExploreResult result = CliProgress.Run(console, $"explore {scenario.Name}", planned, ProgressEveryRuns, progress => Explorer.Explore(scenario, new ExploreOptions
        {
            Budget = budget,
            Seed = given.Seed,
            Traitors = given.Traitors,
            Workers = given.Workers,
            Progress = (done, total) => progress.Report(done, total),
        }));

        string? folder = null;
        if (result.Witness is { } found)
        {
            folder = output ?? RunFolder.DefaultPath("store", found.Run.Scenario.Name, DateTime.UtcNow);
            OutputFolder.Write(folder, () =>
            {
                RunFolder.Write(found.Run, folder, linkLatest: output == null);
                File.WriteAllText(Path.Combine(folder, "trace.txt"), found.Trace);
            });
        }

        if (json)
        {
            CliJson.Write(console, ExploreJson.Document(result, given.Seed, budget, folder));
            return result.ExitCode;
        }

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
            console.Output.WriteLine($"violation found at run {witness.FoundAtRun}, {ExploreJson.Shrunk(witness)} ({rate})");
            console.Output.WriteLine();
            console.Output.Write(witness.Trace);
            console.Output.WriteLine();
            console.Output.WriteLine($"run folder: {folder} (trace.txt, scenario.yaml)");
            console.Output.WriteLine($"replay: {ExploreJson.Replay(folder!, witness)}");
        }

        CliTable.WriteLine(console, (result.ExitCode switch
        {
            ExitCodes.AsExpected => $"as expected: {bound.Why}",
            ExitCodes.Unknown => $"NOTHING EXPECTED: {bound.Why}",
            _ => $"NOT AS EXPECTED: {bound.Why}",
        }, CliStyle.OfExitCode(result.ExitCode)));
        return result.ExitCode;
    }

    private static string Traitors(int count) => count == 1 ? "1 traitor" : $"{count} traitors";

    /// <summary>"valid", or "invalid: SM(1) in instance 1 ... does not tolerate 2 traitors" when the bounds, not the scenario, say.</summary>
    private static string Expectation(TraitorBound bound) =>
        bound.ByScenario ? bound.Expected.Name() : $"{bound.Expected.Name()}: {bound.Why}";
}
