using System.Text.Json.Nodes;
using Generals.Harness.Costs;
using Generals.Harness.Runs;

namespace Generals.Cli.Commands;

/// <summary>`generals demo --json`: the demo's seed, folders and outcome, and each scenario's results.json with its folder.</summary>
public static class DemoJson
{
    /// <summary>What the demo as a whole says.</summary>
    public sealed record Summary(ulong Seed, string Mode, string Root, string JUnit, string? Interrupted, int ExitCode);

    public static JsonObject Document(Summary summary, IReadOnlyList<RunOutcome> runs, IReadOnlyList<CostedOutcome> costed)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(costed);
        var entries = new JsonArray();
        foreach (RunOutcome run in runs)
        {
            JsonObject entry = CliJson.Run(run, Path.Combine(summary.Root, run.Scenario.Name));
            entry["demonstrates"] = run.Scenario.Demonstrates;
            if (costed.FirstOrDefault(c => ReferenceEquals(c.Run, run)) is { } costs)
            {
                entry["costs"] = costs.Costs is { } report ? JsonNode.Parse(CostJson.Serialize(report)) : costs.NotCosted;
            }

            entries.Add(entry);
        }

        return new JsonObject
        {
            ["seed"] = summary.Seed,
            ["mode"] = summary.Mode,
            ["run_folders"] = summary.Root,
            ["junit"] = summary.JUnit,
            ["scenarios"] = runs.Count,
            ["as_expected"] = runs.Count(r => r.ExitCode == ExitCodes.AsExpected),
            ["not_as_expected"] = runs.Count(r => r.ExitCode != ExitCodes.AsExpected),
            ["interrupted"] = summary.Interrupted,
            ["exit_code"] = summary.ExitCode,
            ["runs"] = entries,
        };
    }
}
