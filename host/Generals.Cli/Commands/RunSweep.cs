using System.Diagnostics;
using System.Text.Json.Nodes;
using Generals.Harness.Checkers;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Commands;

/// <summary>`generals run --repeat N`: seeds seed..seed+N-1 in the simulator, a run folder for each that did not behave as expected.</summary>
public static class RunSweep
{
    /// <summary>A plain progress line every this many seeds (a bar on a terminal redraws at its own pace).</summary>
    public const int ProgressEverySeeds = 1000;

    /// <summary>Failing seeds listed by the summary line; the folders hold them all.</summary>
    public const int FailingSeedsShown = 10;

    /// <summary>Failing seeds listed in the JSON document: a sweep of a million seeds must not print a million numbers.</summary>
    public const int FailingSeedsInJsonMax = 1000;

    public static int Run(Scenario scenario, ulong firstSeed, int repeat, string? output, RunPrinter printer)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(printer);
        var clock = Stopwatch.StartNew();
        string failures = output ?? Path.Combine("store", scenario.Name, "failures");
        var failing = new List<ulong>();
        CliProgress.Run(printer.Console, $"{scenario.Name}: {repeat} seeds", repeat, ProgressEverySeeds, progress =>
        {
            for (int i = 0; i < repeat; i++)
            {
                ulong seed = firstSeed + (ulong)i;
                RunOutcome run = ScenarioRunner.RunSim(scenario, seed);
                if (run.ExitCode != ExitCodes.AsExpected)
                {
                    failing.Add(seed);
                    string failure = Path.Combine(failures, $"seed-{seed}");
                    OutputFolder.Write(failure, () => RunFolder.Write(run, failure, linkLatest: false));
                }

                progress.Report(i + 1, repeat);
            }

            return failing.Count;
        });

        int asExpected = repeat - failing.Count;
        ulong lastSeed = firstSeed + (ulong)repeat - 1;
        if (printer.Json)
        {
            CliJson.Write(printer.Console, new JsonObject
            {
                ["scenario"] = scenario.Name,
                ["mode"] = "sim",
                ["expected"] = scenario.Expected.Name(),
                ["first_seed"] = firstSeed,
                ["last_seed"] = lastSeed,
                ["seeds"] = repeat,
                ["as_expected"] = asExpected,
                ["not_as_expected"] = failing.Count,
                ["failing_seeds"] = new JsonArray([.. failing.Take(FailingSeedsInJsonMax).Select(s => (JsonNode)s)]),
                ["failures_folder"] = failing.Count > 0 ? failures : null,
                ["elapsed_ms"] = Math.Round(clock.Elapsed.TotalMilliseconds, 1),
                ["exit_code"] = failing.Count == 0 ? ExitCodes.AsExpected : ExitCodes.NotAsExpected,
            });
        }
        else
        {
            printer.Console.Output.WriteLine(
                $"{repeat} seeds ({firstSeed}..{lastSeed}): {asExpected} as expected, {failing.Count} not, in {clock.Elapsed.TotalSeconds:0.0} s");
            if (failing.Count > 0)
            {
                printer.Console.Output.WriteLine($"first failing seeds: {string.Join(", ", failing.Take(FailingSeedsShown))} (run folders written for each)");
            }
        }

        return failing.Count == 0 ? ExitCodes.AsExpected : ExitCodes.NotAsExpected;
    }
}
