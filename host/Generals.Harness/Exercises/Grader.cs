using System.Diagnostics;
using Generals.Harness.Checkers;
using Generals.Harness.Explore;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Sim;

namespace Generals.Harness.Exercises;

/// <summary>
/// `generals grade`: runs a lab's graded checks (<see cref="GradeCatalog"/>) with a source's parts plugged into every general
/// (simulated, explored and emulated) and gives each its points, with the witness of each failed check and the run's folder.
/// A run is shared by the items that read it. Whatever the student's class does (throw, loop, answer garbage) the grade
/// completes: its guards note the faults, and a run that outlasts its timeout earns nothing.
/// </summary>
public static class Grader
{
    /// <summary>Witness lines kept per failed check; the run folder's results.json has them all.</summary>
    public const int WitnessLinesMax = 6;

    /// <summary>An emulated run is interrupted (judged unknown) after its scenario's length times this, plus a minute to boot and settle.</summary>
    public const int EmuTimeoutFactor = 4;

    public static async Task<GradeResult> GradeAsync(ExerciseLab lab, ExerciseSource source, GradeOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var runs = new Dictionary<string, Judged>();
        var graded = new List<GradedCheck>();
        foreach (GradeItem item in GradeCatalog.For(lab))
        {
            if (!runs.TryGetValue(item.Run, out Judged? judged))
            {
                options.Progress?.Invoke(item.Run);
                judged = await RunAsync(lab, item, source, options).ConfigureAwait(false);
                runs[item.Run] = judged;
            }

            graded.Add(Grade(item, judged, graded));
        }

        return new GradeResult(lab, source.Name, graded, clock.Elapsed);
    }

    private static GradedCheck Grade(GradeItem item, Judged judged, IReadOnlyList<GradedCheck> earlier)
    {
        var reasons = new List<string>();
        Verdict verdict;
        if (item.World == GradeWorld.Explore)
        {
            verdict = judged.Explore == null ? Verdict.Unknown : judged.Explore.Witness == null ? Verdict.Valid : Verdict.Invalid;
            if (judged.Explore?.Witness is { } witness)
            {
                reasons.Add($"the explorer found a violation after {witness.FoundAtRun} runs: {string.Join("; ", witness.Traitors)} (seed {witness.Seed})");
                reasons.AddRange(witness.Run.Checks.Where(c => c.Verdict == Verdict.Invalid)
                    .SelectMany(c => c.Witness.Take(WitnessLinesMax).Select(w => $"{c.Name}: {w}")));
            }
        }
        else
        {
            CheckResult? check = judged.Run?.Checks.FirstOrDefault(c => c.Name == item.Check);
            verdict = check?.Verdict ?? Verdict.Unknown;
            if (check != null && check.Verdict != Verdict.Valid)
            {
                reasons.AddRange(check.Witness.Take(WitnessLinesMax));
            }
            else if (check == null && judged.Run != null)
            {
                reasons.Add($"the run has no check {item.Check}");
            }

            if (judged.Run?.VerdictReason is { } why && verdict != Verdict.Valid)
            {
                reasons.Add(why);
            }
        }

        bool earned = verdict == Verdict.Valid;
        if (item.Requires != null && earlier.FirstOrDefault(c => c.Item.Id == item.Requires) is { Passed: false })
        {
            earned = false;
            reasons.Insert(0, $"counts only with `{item.Requires}`, which failed");
        }

        reasons.AddRange(judged.Problems);
        return new GradedCheck(item, verdict, earned ? item.Points : 0, reasons, judged.Folder);
    }

    private static async Task<Judged> RunAsync(ExerciseLab lab, GradeItem item, ExerciseSource source, GradeOptions options)
    {
        Scenario scenario = ScenarioLoader.Load(item.Scenario);
        item.Variant?.Invoke(scenario);
        string folder = Path.Combine(options.OutputRoot, lab.Name(), Slug(item.Run));
        var faults = new ExerciseFaults();
        var sim = new SimOptions { Parts = () => source.Make(faults) };
        try
        {
            return item.World switch
            {
                GradeWorld.Sim => Finish(Bounded(() => new Judged(ScenarioRunner.RunSim(scenario, item.Seed, sim), null, [], null), options.SimTimeout, "the simulated run"), folder, faults),
                GradeWorld.Explore => Finish(Bounded(() => new Judged(null, Explorer.Explore(scenario, new ExploreOptions
                {
                    Budget = options.ExploreBudget,
                    Seed = item.Seed,
                    Workers = Math.Clamp(Environment.ProcessorCount, 1, 2),
                    Sim = sim,
                }), [], null), options.SimTimeout, "the search"), folder, faults),
                _ => await EmulatedAsync(scenario, item.Seed, source, options, folder).ConfigureAwait(false),
            };
        }
        catch (Exception e) when (e is ScenarioException or ProcessStartException or IOException)
        {
            return new Judged(null, null, [$"the run could not be carried out: {e.Message}"], null);
        }
    }

    // Runs a simulation on a worker thread and gives up waiting after the timeout: a looping class keeps that thread, not the grade.
    private static Judged Bounded(Func<Judged> run, TimeSpan timeout, string what)
    {
        Task<Judged> task = Task.Factory.StartNew(run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            return task.Wait(timeout)
                ? task.Result
                : new Judged(null, null, [$"{what} did not finish within {timeout.TotalSeconds:0} s (does your class loop?): abandoned"], null);
        }
        catch (AggregateException e) when (e.InnerException is { } inner and not OutOfMemoryException)
        {
            return new Judged(null, null, [$"{what} failed: {inner.GetType().Name}: {inner.Message}"], null);
        }
    }

    private static Judged Finish(Judged judged, string folder, ExerciseFaults faults)
    {
        RunOutcome? written = judged.Run ?? judged.Explore?.Witness?.Run;
        if (written != null)
        {
            Directory.CreateDirectory(folder);
            RunFolder.Write(written, folder, linkLatest: false);
        }

        string[] noted = faults.Count == 0 ? [] : [$"your class failed {faults.Count} time(s); first: " + string.Join(" | ", faults.Kept.Take(3))];
        return judged with { Problems = [.. judged.Problems, .. noted], Folder = written != null ? folder : null };
    }

    private static async Task<Judged> EmulatedAsync(Scenario scenario, ulong seed, ExerciseSource source, GradeOptions options, string folder)
    {
        if (options.Launcher == null)
        {
            return new Judged(null, null, ["emulated checks were not run (--no-emu)"], null);
        }

        Directory.CreateDirectory(folder);
        TimeSpan timeout = TimeSpan.FromMinutes(1) + (EmuTimeoutFactor * TimeSpan.FromMilliseconds(scenario.DurationMs + scenario.SettleMs));
        using var deadline = new CancellationTokenSource(timeout);
        using ProvisionedEmuKit kit = ProvisionedEmuKit.Create(scenario, seed, folder);
        var emu = new EmuOptions
        {
            Launcher = options.Launcher with { NodeSuffixArguments = source.NodeArguments },
            RunFolder = folder,
            Cancel = deadline.Token,
            CancelReason = () => $"the grade's timeout of {timeout.TotalSeconds:0} s",
        };
        RunOutcome run = await EmuRunner.RunScaledAsync(scenario, seed, kit, emu).ConfigureAwait(false);
        RunFolder.Write(run, folder, linkLatest: false);
        string[] faults = [.. Directory.EnumerateFiles(folder, "general-*.log", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines).Where(l => l.StartsWith(ExerciseNode.FaultPrefix, StringComparison.Ordinal)).Take(3)];
        return new Judged(run, null, faults.Length == 0 ? [] : [$"your class failed in an emulated general: {string.Join(" | ", faults)}"], folder);
    }

    private static string Slug(string run) =>
        new([.. run.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    /// <summary>One run's outcome (or the explorer's), what went wrong around it, and its folder.</summary>
    private sealed record Judged(RunOutcome? Run, ExploreResult? Explore, IReadOnlyList<string> Problems, string? Folder);
}
