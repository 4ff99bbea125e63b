using System.Globalization;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Tests.Report;
using Generals.Harness.Tests.Schema;
using Generals.Harness.Timing;

namespace Generals.Cli.Tests.Emu;

/// <summary>
/// Every emulated built-in over three seeds (the world runs each plan as slowly as its measured timing needs, docs/worlds.md
/// "Time per world"): no seed gives a verdict other than the expected one, except an unknown the world owns (a timing
/// break it recorded, or a check left with nothing to judge) or a refusal of a plan it cannot honour, and, for a plan with timing needs (which the world runs as
/// slowly as it must), at least one seed gives the expected verdict. Every
/// line an emulated run writes validates against the published schema (docs/history.schema.json); a partition is written
/// when it starts and when it ends, on the scenario's clock.
/// </summary>
[Collection("emulated")]
public sealed class EmuHistorySchemaTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-emu-schema-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The built-ins that run on emulated generals (`emulated: false` ones run simulated only).</summary>
    public static TheoryData<string> EmulatedBuiltIns() => [.. ScenarioLoader.BuiltInNames().Where(name => ScenarioLoader.Load(name).Emulated)];

    [Theory]
    [MemberData(nameof(EmulatedBuiltIns))]
    public void RunEmu_BuiltInOverThreeSeeds_ExpectedVerdictOrTheWorldsOwnUnknownAndEveryLineValidates(string name)
    {
        var asExpected = new List<int>();
        var excused = new List<string>();
        bool timed = PlanTiming.Needs(ScenarioLoader.Load(name)).Count > 0;
        for (int seed = 1; seed <= 3; seed++)
        {
            string folder = Path.Combine(_root, $"{name}-{seed}");

            CliRunner.Result result = CliRunner.Run(["run", name, "--mode", "emu", "--seed", seed.ToString(CultureInfo.InvariantCulture), "--out", folder]);

            string said = $"{name} seed {seed}: exit {result.ExitCode}\n{result.Output}{result.Error}";
            if (result.ExitCode == ExitCodes.BadInput && result.Error.Contains("cannot honour the timing of", StringComparison.Ordinal))
            {
                excused.Add(said);
                continue;
            }

            string history = Path.Combine(folder, "history.jsonl");
            Assert.True(File.Exists(history), said);
            if (result.ExitCode == ExitCodes.AsExpected)
            {
                asExpected.Add(seed);
            }
            else
            {
                Assert.True(result.ExitCode == ExitCodes.Unknown
                    && (result.Output.Contains("UNKNOWN: timing-break (", StringComparison.Ordinal) || (timed && NothingToJudge(folder))), said);
                excused.Add(said);
            }

            string[] lines = File.ReadAllLines(history);
            Assert.Empty(HistorySchemaValidator.Problems(lines));
            Assert.Single(lines, l => l.StartsWith("{\"t\":", StringComparison.Ordinal) && l.Contains("\"type\":\"start\",\"world\":\"emu\"", StringComparison.Ordinal));
            Assert.EndsWith("\"type\":\"end\"}", lines[^1], StringComparison.Ordinal);
            ReportAssert.DrawsEveryFrameOfTheHistory(folder);
            string[] logs = Directory.GetFiles(Path.Combine(folder, "nodes"), "general-*.jsonl");
            Assert.NotEmpty(logs);
            Assert.All(logs, log => Assert.Empty(HistorySchemaValidator.Problems(File.ReadAllLines(log))));
        }

        // A plan with timing needs runs as slowly as this machine needs (Timing/), so one seed at least must show its verdict.
        // The other plans (detectors, links) run in real time, and a whole-machine stall of the emulated world (see the
        // stop-19 note: every general's heartbeats absent for 0.6-0.9 s at once, on an idle machine) makes them the world's
        // own unknown, recorded as a timing break; a wrong verdict still fails above.
        if (timed)
        {
            Assert.True(asExpected.Count > 0, string.Join("\n", excused));
        }
    }

    // Unknown because a check had nothing to judge, with no check invalid: on a loaded machine sm-forgery's forger got
    // the order in time and decided, but sent nothing in its relay round (2 of 12 runs, three at once, at 7x and 9x;
    // 2026-12-02), so no forgery reached anyone to be judged; the timing model does not cover a traitor's lateness (the
    // protocol never depends on it), so no timing break names it. Excused only for plans with timing needs, where one seed
    // must still show the expected verdict.
    private static bool NothingToJudge(string folder)
    {
        using var results = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        System.Text.Json.JsonElement root = results.RootElement;
        return root.GetProperty("verdict").GetString() == "unknown" && !root.TryGetProperty("reason", out _)
            && root.GetProperty("checks").EnumerateArray().All(c => c.GetProperty("verdict").GetString() is "valid" or "unknown");
    }

    [Fact]
    public void RunEmu_Partition_WrittenWhenItStartsAndEndsAndCutsByTheScenariosClock()
    {
        string file = EmuScenarioFiles.Write(_root, "emu-partition", """
            name: emu-partition
            duration_ms: 2500
            settle_ms: 1000
            generals: 3
            partitions:
              - { groups: [[1, 2], [3]], from_ms: 500, until_ms: 1500 }
            workload:
              - { at_ms: 0, node: 0, command: start-detector, args: [1, 50, 400, 0] }
            checks: [strong-completeness]
            """);
        string folder = Path.Combine(_root, "partition");

        CliRunner.Result result = CliRunner.Run(["run", file, "--mode", "emu", "--seed", "2", "--out", folder]);

        string[] lines = File.ReadAllLines(Path.Combine(folder, "history.jsonl"));
        Assert.True(lines.Length > 10, result.Output + result.Error);
        Assert.Empty(HistorySchemaValidator.Problems(lines));
        long start = TimeOf(lines.Single(l => l.Contains("\"type\":\"start\"", StringComparison.Ordinal)));
        string partitionStart = lines.Single(l => l.Contains("\"type\":\"partition-start\"", StringComparison.Ordinal));
        string partitionEnd = lines.Single(l => l.Contains("\"type\":\"partition-end\"", StringComparison.Ordinal));
        Assert.Contains("\"partition\":0,\"groups\":[[1,2],[3]],\"one_way\":false", partitionStart, StringComparison.Ordinal);
        Assert.Contains("\"partition\":0,\"groups\":[[1,2],[3]],\"one_way\":false", partitionEnd, StringComparison.Ordinal);
        Assert.True(start < TimeOf(partitionStart) && TimeOf(partitionStart) < TimeOf(partitionEnd), $"{start}, {partitionStart}, {partitionEnd}");
        long[] cutAt = [.. lines.Where(l => l.Contains("\"type\":\"drop\"", StringComparison.Ordinal) && l.Contains("\"reason\":\"partition\"", StringComparison.Ordinal))
            .Select(l => TimeOf(l) - start)];
        Assert.NotEmpty(cutAt);
        Assert.All(cutAt, planMs => Assert.InRange(planMs, 500, 1499));
    }

    private static long TimeOf(string line) => long.Parse(line["{\"t\":".Length..line.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
}
