using System.Text.Json.Nodes;
using Generals.Harness.Checkers;
using Generals.Harness.Explore;

namespace Generals.Cli.Commands;

/// <summary>`generals explore --json`: what the search covered, what it expected and found, and the witness with its run folder.</summary>
public static class ExploreJson
{
    public static JsonObject Document(ExploreResult result, ulong seed, int budget, string? folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        JsonObject? witness = null;
        if (result.Witness is { } found)
        {
            witness = CliJson.Run(found.Run, folder);
            witness["replay"] = Replay(folder!, found);
            witness["found_at_run"] = found.FoundAtRun;
            witness["shrink_runs"] = found.ShrinkRuns;
            witness["shrunk"] = Shrunk(found);
            witness["trace"] = found.Trace;
        }

        return new JsonObject
        {
            ["scenario"] = result.Scenario.Name,
            ["seed"] = seed,
            ["traitors"] = result.Bound.Traitors,

            // Parsed, not converted: a space can outgrow every .NET number type, a JSON number cannot.
            ["configurations"] = JsonNode.Parse(result.SpaceSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["budget"] = budget,
            ["exhaustive"] = result.Exhaustive,
            ["runs"] = result.Runs,
            ["covered"] = result.Covered,
            ["expected"] = result.Bound.Expected.Name(),
            ["expected_why"] = result.Bound.Why,
            ["violation_found"] = result.Witness != null,
            ["verdict"] = result.Witness != null ? Verdict.Invalid.Name() : result.Covered ? Verdict.Valid.Name() : Verdict.Unknown.Name(),
            ["matches_expectation"] = result.ExitCode == Harness.Runs.ExitCodes.AsExpected,
            ["exit_code"] = result.ExitCode,
            ["elapsed_ms"] = Math.Round(result.Elapsed.TotalMilliseconds, 1),
            ["runs_per_second"] = Math.Round(result.RunsPerSecond, 1),
            ["witness"] = witness,
        };
    }

    /// <summary>How far the witness was shrunk.</summary>
    public static string Shrunk(ExploreWitness witness)
    {
        ArgumentNullException.ThrowIfNull(witness);
        return witness.Traitors.Any(t => t.Behaviour.IsSampled)
            ? "shrunk (a sampled plan narrowed to the slots it needs)"
            : "shrunk to a 1-minimal witness";
    }

    /// <summary>The command that replays the witness from its run folder.</summary>
    public static string Replay(string folder, ExploreWitness witness)
    {
        ArgumentNullException.ThrowIfNull(witness);
        return $"generals run {Path.Combine(folder, "scenario.yaml")} --seed {witness.Seed}";
    }
}
