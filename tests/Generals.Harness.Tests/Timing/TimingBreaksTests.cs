using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Core.Wire;
using Generals.Harness.History;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Timing;

namespace Generals.Harness.Tests.Timing;

/// <summary>
/// The timing-model check on om-crash-recovery's plan (OM(1), generals 1-4, traitor 4, general 2 crashed at 200 ms and
/// restarted at 220 ms, round 1 at 510 ms, decisions at 1010 ms): which lines of a history are breaks of the plan's model.
/// </summary>
public sealed class TimingBreaksTests
{
    private const long PlanStartMs = 100;
    private static readonly Scenario Plan = ScenarioLoader.Load("om-crash-recovery");

    [Fact]
    public void AddTo_LoyalReceiverTakesLoyalMessageAsLate_BreakAtThatTime()
    {
        List<HistoryEvent> history = History(LateReject(at: 320, receiver: 3, sender: 1));

        HistoryEvent late = Assert.Single(TimingBreaks.AddTo(Plan, history), e => e.Type == HistoryType.TimingBreak);

        Assert.Equal((320L, 3), (late.TimeMs, late.General));
        Assert.Equal("loyal general 3 took loyal general 1's message of instance 1 as late: it missed its round", late.Detail);
    }

    [Theory]
    [InlineData(3, 4)]
    [InlineData(4, 1)]
    [InlineData(3, 2)]
    [InlineData(2, 1)]
    public void AddTo_LateMessageOfATraitorOrOfAGeneralThePlanCrashes_NoBreak(int receiver, int sender)
    {
        List<HistoryEvent> history = History(LateReject(at: 320, receiver, sender));

        Assert.Same(history, TimingBreaks.AddTo(Plan, history));
    }

    [Fact]
    public void AddTo_RestartedGeneralBackAfterTheInstanceNeededIt_BreakAtTheNeed()
    {
        List<HistoryEvent> history = History(
            new HistoryEvent { TimeMs = PlanStartMs + 201, Type = HistoryType.Crash, General = 2, RestartAfterMs = 20 },
            new HistoryEvent { TimeMs = PlanStartMs + 221, Type = HistoryType.Restart, General = 2 },
            new HistoryEvent { TimeMs = PlanStartMs + 531, Type = HistoryType.Boot, General = 2, Incarnation = 2 });

        HistoryEvent late = Assert.Single(TimingBreaks.AddTo(Plan, history), e => e.Type == HistoryType.TimingBreak);

        Assert.Equal((PlanStartMs + 510, 2), (late.TimeMs, late.General));
        Assert.Equal("general 2, restarted at 220 ms, was back at 531 ms; the plan needed it at 510 ms", late.Detail);
    }

    [Fact]
    public void AddTo_RestartedGeneralBackInTime_NoBreak()
    {
        List<HistoryEvent> history = History(
            new HistoryEvent { TimeMs = PlanStartMs + 221, Type = HistoryType.Restart, General = 2 },
            new HistoryEvent { TimeMs = PlanStartMs + 235, Type = HistoryType.Boot, General = 2, Incarnation = 2 });

        Assert.Same(history, TimingBreaks.AddTo(Plan, history));
    }

    [Fact]
    public void AddTo_LoyalDecisionInTheLastRoundAfterTheBound_Break_InALaterRoundOrByATraitor_None()
    {
        // Instance 1 ends at 1010 ms; the termination check's default slack is 50 ms.
        List<HistoryEvent> history = History(
            Decision(at: PlanStartMs + 1061, general: 3, round: 1),
            Decision(at: PlanStartMs + 1100, general: 1, round: 2),
            Decision(at: PlanStartMs + 1100, general: 4, round: 1),
            Decision(at: PlanStartMs + 1055, general: 2, round: 1));

        HistoryEvent late = Assert.Single(TimingBreaks.AddTo(Plan, history), e => e.Type == HistoryType.TimingBreak);

        Assert.Equal((PlanStartMs + 1061, 3), (late.TimeMs, late.General));
        // General 2's power cut (200..220 ms) was long over by its decision: its lateness is the world's too.
        Assert.Contains(TimingBreaks.AddTo(Plan, History(Decision(at: PlanStartMs + 1070, general: 2, round: 1))), e => e.Type == HistoryType.TimingBreak && e.General == 2);
        Assert.Equal("loyal general 3 closed instance 1 in its last round, as planned, but its decision came at 1061 ms, after the bound 1060 ms: it ran late", late.Detail);
    }

    [Fact]
    public void AddTo_HeartbeatsStoppedLongerThanHalfTheDetectorsSlack_Break_AcrossABrokerOutageOrOfACrashedGeneral_None()
    {
        // fd-sync-timeout: heartbeats every 100 ms (+10 jitter), timeout 200 ms: a gap over 110 + 90 / 2 = 155 ms breaks it.
        Scenario plan = ScenarioLoader.Load("fd-sync-timeout");
        List<HistoryEvent> history = History(
            new HistoryEvent { TimeMs = PlanStartMs, Type = HistoryType.Control, General = 2, Command = new StartDetectorCommand(1, 100, 200, 10) },
            Heartbeat(PlanStartMs + 150, from: 2),
            Heartbeat(PlanStartMs + 300, from: 2),
            new HistoryEvent { TimeMs = PlanStartMs + 310, Type = HistoryType.BrokerDown },
            new HistoryEvent { TimeMs = PlanStartMs + 700, Type = HistoryType.BrokerUp },
            Heartbeat(PlanStartMs + 720, from: 2),
            Heartbeat(PlanStartMs + 900, from: 2),
            Heartbeat(PlanStartMs + 150, from: 4),
            new HistoryEvent { TimeMs = PlanStartMs + 200, Type = HistoryType.Crash, General = 4 },
            new HistoryEvent { TimeMs = PlanStartMs + 880, Type = HistoryType.Boot, General = 4, Incarnation = 2 },
            Heartbeat(PlanStartMs + 900, from: 4));

        // (General 2's silence from 900 ms to the end of this short history is a break of its own, tested below.)
        HistoryEvent late = Assert.Single(TimingBreaks.AddTo(plan, [.. history.OrderBy(e => e.TimeMs)]),
            e => e.Type == HistoryType.TimingBreak && !e.Detail.Contains("end of the run", StringComparison.Ordinal));

        Assert.Equal((PlanStartMs + 900, 2), (late.TimeMs, late.General));
        Assert.Equal("general 2 sent no heartbeat from 720 ms to 900 ms, more than the 155 ms its detector's plan allows (every 100 ms, timeout 200 ms): it ran late", late.Detail);
        Assert.Equal(180, late.DurationMs);
    }

    [Fact]
    public void AddTo_GeneralBackFromACrashOrAPause_ItsLaterGapsAreBreaksAgain()
    {
        // fd-sync-timeout's plan crashes general 4; once it has booted again and sends, a stall is the world's.
        Scenario plan = ScenarioLoader.Load("fd-sync-timeout");
        List<HistoryEvent> history = History(
            new HistoryEvent { TimeMs = PlanStartMs, Type = HistoryType.Control, General = 4, Command = new StartDetectorCommand(1, 100, 200, 10) },
            new HistoryEvent { TimeMs = PlanStartMs, Type = HistoryType.Control, General = 3, Command = new StartDetectorCommand(1, 100, 200, 10) },
            Heartbeat(PlanStartMs + 100, from: 4),
            Heartbeat(PlanStartMs + 100, from: 3),
            new HistoryEvent { TimeMs = PlanStartMs + 150, Type = HistoryType.Crash, General = 4 },
            new HistoryEvent { TimeMs = PlanStartMs + 150, Type = HistoryType.Pause, General = 3, DurationMs = 500 },
            new HistoryEvent { TimeMs = PlanStartMs + 650, Type = HistoryType.Resume, General = 3 },
            Heartbeat(PlanStartMs + 700, from: 3),
            new HistoryEvent { TimeMs = PlanStartMs + 1000, Type = HistoryType.Boot, General = 4, Incarnation = 2 },
            Heartbeat(PlanStartMs + 1010, from: 4),
            Heartbeat(PlanStartMs + 1100, from: 4),
            Heartbeat(PlanStartMs + 1400, from: 4),
            Heartbeat(PlanStartMs + 800, from: 3),
            Heartbeat(PlanStartMs + 2450, from: 3),
            Heartbeat(PlanStartMs + 2450, from: 4));

        List<HistoryEvent> breaks = [.. TimingBreaks.AddTo(plan, [.. history.OrderBy(e => e.TimeMs)]).Where(e => e.Type == HistoryType.TimingBreak)];

        Assert.Equal(
            [(PlanStartMs + 1400, 4, 300L), (PlanStartMs + 2450, 3, 1650L), (PlanStartMs + 2450, 4, 1050L)],
            breaks.Select(b => (b.TimeMs, b.General, b.DurationMs)));
    }

    [Theory]
    [InlineData(100, 200, 10, 155)]
    [InlineData(1000, 0, 0, 1500)]
    [InlineData(1000, 0, 100, 1650)]
    [InlineData(100, 100, 0, 150)]
    public void HeartbeatGapMaxMs_TimeoutOrNone_HalfTheSlackOrHalfAPeriod(int intervalMs, int timeoutMs, int jitterMs, long expectedMs)
    {
        long boundMs = TimingBreaks.HeartbeatGapMaxMs(new StartDetectorCommand(3, intervalMs, timeoutMs, jitterMs));

        Assert.Equal(expectedMs, boundMs);
    }

    [Fact]
    public void AddTo_PhiAccrualHeartbeatsStoppedForAPeriodAndAHalf_Break()
    {
        // fd-phi-accrual: heartbeats every 1000 ms, no timeout: the CI run where general 1 sent none for 1726 ms and then
        // took 7 s to suspect a crashed general (its learned gaps widened) is the world's break, not phi's.
        Scenario plan = ScenarioLoader.Load("fd-phi-accrual");
        List<HistoryEvent> history = History(
            new HistoryEvent { TimeMs = PlanStartMs, Type = HistoryType.Control, General = 1, Command = new StartDetectorCommand(3, 1000, 0, 0) },
            Heartbeat(PlanStartMs + 900, from: 1),
            Heartbeat(PlanStartMs + 2400, from: 2),
            Heartbeat(PlanStartMs + 2410, from: 1));

        HistoryEvent late = Assert.Single(TimingBreaks.AddTo(plan, history), e => e.Type == HistoryType.TimingBreak);

        Assert.Equal((PlanStartMs + 2410, 1), (late.TimeMs, late.General));
    }

    [Fact]
    public void AddTo_HeartbeatsStoppedBeforeTheEndOfTheRun_BreakAtTheEnd()
    {
        Scenario plan = ScenarioLoader.Load("fd-sync-timeout");
        List<HistoryEvent> history = History(
            new HistoryEvent { TimeMs = PlanStartMs, Type = HistoryType.Control, General = 2, Command = new StartDetectorCommand(1, 100, 200, 10) },
            Heartbeat(PlanStartMs + 100, from: 2),
            Heartbeat(PlanStartMs + 2300, from: 2));

        IReadOnlyList<HistoryEvent> finished = TimingBreaks.AddTo(plan, history);
        HistoryEvent late = Assert.Single(finished, e => e.Type == HistoryType.TimingBreak && e.Detail.Contains("end of the run", StringComparison.Ordinal));

        Assert.Equal((PlanStartMs + 2500, 2), (late.TimeMs, late.General));
        Assert.Equal(HistoryType.End, finished[^1].Type);
        Assert.StartsWith("general 2 sent no heartbeat from 2300 ms to the end of the run at 2500 ms, more than the 155 ms", late.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdict_InvalidChecksWithABreak_UnknownWithTheBreakAsReason_ValidOnesStayValid()
    {
        HistoryEvent late = new() { TimeMs = 320, Type = HistoryType.TimingBreak, General = 3, Detail = "loyal general 3 took ..." };
        HistoryEvent[] history = [new() { TimeMs = 0, Type = HistoryType.Start }, late, new() { TimeMs = 2000, Type = HistoryType.End }];
        RunOutcome Judged(Checkers.Verdict verdict) => new(Plan, 1, "emu", history,
            [new Checkers.CheckResult("ic1", verdict, new Dictionary<string, double>(), [])], new Dictionary<string, long>(), TimeSpan.Zero);

        RunOutcome invalid = Judged(Checkers.Verdict.Invalid);
        RunOutcome valid = Judged(Checkers.Verdict.Valid);

        Assert.Equal(Checkers.Verdict.Unknown, invalid.Verdict);
        Assert.Equal("timing-break (loyal general 3 took ... at 320 ms)", invalid.VerdictReason);
        Assert.Equal(ExitCodes.Unknown, invalid.ExitCode);
        Assert.Contains("the world broke the plan's timing model", VerdictTable.Render(invalid), StringComparison.Ordinal);
        Assert.Equal(Checkers.Verdict.Valid, valid.Verdict);
        Assert.Null(valid.VerdictReason);
    }

    private static HistoryEvent Heartbeat(long at, int from) =>
        new() { TimeMs = at, Type = HistoryType.Send, From = from, To = 1, Kind = FrameKind.Heartbeat };

    private static HistoryEvent Decision(long at, int general, int round) =>
        new() { TimeMs = at, Type = HistoryType.Decide, General = general, Protocol = 2, Instance = 1, Value = 1, Round = round };

    private static HistoryEvent LateReject(long at, int receiver, int sender) => new()
    {
        TimeMs = at, Type = HistoryType.Reject, General = receiver, Rejection = RejectReason.ProtocolViolation,
        From = sender, Code = ProtocolViolation.Late, Instance = 1,
    };

    private static List<HistoryEvent> History(params HistoryEvent[] lines) =>
        [new() { TimeMs = PlanStartMs, Type = HistoryType.Start }, .. lines, new() { TimeMs = PlanStartMs + 2500, Type = HistoryType.End }];
}
