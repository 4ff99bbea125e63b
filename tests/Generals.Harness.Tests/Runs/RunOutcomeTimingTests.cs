using Generals.Harness.Checkers;
using Generals.Harness.History;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Runs;

/// <summary>
/// The timing-model rule: an invalid verdict becomes unknown only when the world's timing breaks explain it. A check that
/// names its violations stays invalid when one of them is clear of every break; a check that names none is explained by
/// any break (the coarse rule). The breaks below: general 1 sent no heartbeat from 552 ms to 845 ms (the demo's
/// fd-partial-sync-fixed run on a loaded machine).
/// </summary>
public sealed class RunOutcomeTimingTests
{
    private static readonly HistoryEvent Stall = new()
    {
        TimeMs = 845, Type = HistoryType.TimingBreak, General = 1, DurationMs = 293, Detail = "general 1 sent no heartbeat from 552 ms to 845 ms",
    };

    [Fact]
    public void Verdict_EveryViolationInsideABreaksWindow_UnknownWithThatBreakAsReason()
    {
        RunOutcome run = Outcome([Stall], Invalid(new Violation(700, 900, [2, 1]), new Violation(500, 560, [1, 3])));

        Assert.Equal(Verdict.Unknown, run.Verdict);
        Assert.Same(Stall, run.TimingBreakBehindInvalid);
        Assert.Equal("timing-break (general 1 sent no heartbeat from 552 ms to 845 ms at 845 ms)", run.VerdictReason);
    }

    [Fact]
    public void Verdict_OneViolationClearOfEveryBreak_InvalidStandsWithoutReason()
    {
        // General 2 suspected general 4 at 1826 ms: neither of them broke the timing model, so the protocol's mistake stands.
        RunOutcome run = Outcome([Stall], Invalid(new Violation(700, 900, [2, 1]), new Violation(1500, 1837, [2, 4])));

        Assert.Equal(Verdict.Invalid, run.Verdict);
        Assert.Null(run.TimingBreakBehindInvalid);
        Assert.Null(run.VerdictReason);
    }

    [Theory]
    [InlineData(846, 900, 1)]
    [InlineData(400, 551, 1)]
    [InlineData(600, 700, 3)]
    public void Verdict_ViolationAfterBeforeOrOfAnotherGeneral_InvalidStands(long fromMs, long untilMs, int general)
    {
        RunOutcome run = Outcome([Stall], Invalid(new Violation(fromMs, untilMs, [0, general])));

        Assert.Equal(Verdict.Invalid, run.Verdict);
    }

    [Fact]
    public void Verdict_CheckNamingNoViolationAndAnyBreak_Unknown()
    {
        RunOutcome run = Outcome([Stall], Invalid());

        Assert.Equal(Verdict.Unknown, run.Verdict);
        Assert.Same(Stall, run.TimingBreakBehindInvalid);
    }

    [Fact]
    public void Verdict_NoBreak_InvalidStands_ValidChecksIgnoreBreaks()
    {
        Assert.Equal(Verdict.Invalid, Outcome([], Invalid(new Violation(700, 900, [2, 1]))).Verdict);
        Assert.Equal(Verdict.Valid, Outcome([Stall], CheckResult.Valid("strong-accuracy")).Verdict);
    }

    [Fact]
    public void Verdict_InvalidInformativeCheck_NeitherCountsNorNeedsExplaining()
    {
        var scenario = new Scenario { Name = "timing", Expected = Verdict.Invalid, Checks = ["strong-accuracy"], Informative = ["detector-qos"] };
        CheckResult informative = CheckResult.Invalid("detector-qos", ["slow"]);
        RunOutcome run = new(scenario, 1, "emu", History(Stall), [Invalid(new Violation(1500, 1837, [2, 4])), informative],
            new Dictionary<string, long>(), TimeSpan.FromSeconds(2));

        Assert.Equal(Verdict.Invalid, run.Verdict);
    }

    private static CheckResult Invalid(params Violation[] violations) =>
        CheckResult.Invalid("strong-accuracy", ["a live general was suspected"]) with { Violations = violations };

    private static RunOutcome Outcome(HistoryEvent[] breaks, CheckResult check)
    {
        var scenario = new Scenario { Name = "timing", Expected = Verdict.Invalid, Checks = [check.Name] };
        return new RunOutcome(scenario, 1, "emu", History(breaks), [check], new Dictionary<string, long>(), TimeSpan.FromSeconds(2));
    }

    private static HistoryEvent[] History(params HistoryEvent[] breaks) =>
        [new HistoryEvent { TimeMs = 0, Type = HistoryType.Start }, .. breaks, new HistoryEvent { TimeMs = 2000, Type = HistoryType.End }];
}
