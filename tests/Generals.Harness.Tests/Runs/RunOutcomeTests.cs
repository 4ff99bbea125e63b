using System.Text.Json;
using Generals.Harness.Checkers;
using Generals.Harness.History;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Runs;

/// <summary>The one rule for unplanned events: a run that met one is unknown with the reason, never blamed on the protocol.</summary>
public sealed class RunOutcomeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-outcome-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryData<HistoryType> UnplannedTypes() => [.. HistoryTypes.Unplanned];

    [Theory]
    [MemberData(nameof(UnplannedTypes))]
    public void Verdict_InvalidChecksAndAnUnplannedEvent_UnknownWithTheEventAsReason(HistoryType type)
    {
        RunOutcome run = Outcome(Verdict.Invalid, Verdict.Valid, new HistoryEvent { TimeMs = 1200, Type = type, General = 2, Detail = "general 2 exited with code 137" });

        Assert.Equal(Verdict.Unknown, run.Verdict);
        Assert.Equal($"{HistoryTypes.NameOf(type)} (general 2 exited with code 137 at 1200 ms)", run.VerdictReason);
        Assert.Equal(ExitCodes.Unknown, run.ExitCode);
    }

    [Fact]
    public void ExitCode_InterruptedRunOfAScenarioExpectingUnknown_TwoNotZero()
    {
        RunOutcome run = Outcome(Verdict.Unknown, Verdict.Unknown, new HistoryEvent { TimeMs = 5, Type = HistoryType.Interrupted, Detail = "SIGTERM" });

        Assert.Equal(ExitCodes.Unknown, run.ExitCode);
    }

    [Fact]
    public void Verdict_NoUnplannedEvent_ChecksDecideAndNoReason()
    {
        RunOutcome run = Outcome(Verdict.Invalid, Verdict.Valid, new HistoryEvent { TimeMs = 5, Type = HistoryType.Crash, General = 2 });

        Assert.Equal(Verdict.Invalid, run.Verdict);
        Assert.Null(run.VerdictReason);
        Assert.Equal(ExitCodes.NotAsExpected, run.ExitCode);
    }

    [Fact]
    public void RunFolder_InterruptedRun_ResultsSayUnknownWithReasonAndJUnitSkipsEveryCheck()
    {
        RunOutcome run = Outcome(Verdict.Invalid, Verdict.Valid, new HistoryEvent { TimeMs = 40, Type = HistoryType.Interrupted, Detail = "SIGINT" });

        RunFolder.Write(run, _root, linkLatest: false);

        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(_root, "results.json")));
        Assert.Equal("unknown", results.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("interrupted (SIGINT at 40 ms)", results.RootElement.GetProperty("reason").GetString());
        Assert.False(results.RootElement.GetProperty("matches_expectation").GetBoolean());
        string junit = File.ReadAllText(Path.Combine(_root, "junit.xml"));
        Assert.Contains("failures=\"0\"", junit, StringComparison.Ordinal);
        Assert.Contains("<skipped message=\"run unknown: interrupted (SIGINT at 40 ms)\"", junit, StringComparison.Ordinal);
        Assert.Contains("run unknown, interrupted (SIGINT at 40 ms)", VerdictTable.Render(run), StringComparison.Ordinal);
    }

    private static RunOutcome Outcome(Verdict checkVerdict, Verdict expected, HistoryEvent e)
    {
        var scenario = new Scenario { Name = "outcome", Expected = expected, Checks = ["reliable-delivery"] };
        var check = new CheckResult("reliable-delivery", checkVerdict, new Dictionary<string, double>(), checkVerdict == Verdict.Invalid ? ["message 1 lost"] : []);
        HistoryEvent[] history = [new HistoryEvent { TimeMs = 0, Type = HistoryType.Boot, General = 1 }, e, new HistoryEvent { TimeMs = 2000, Type = HistoryType.End }];
        return new RunOutcome(scenario, 1, "emu", history, [check], new Dictionary<string, long>(), TimeSpan.FromSeconds(2));
    }
}
