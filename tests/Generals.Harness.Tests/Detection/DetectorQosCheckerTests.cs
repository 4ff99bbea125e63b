using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Detection;
using Generals.Harness.History;

namespace Generals.Harness.Tests.Detection;

public class DetectorQosCheckerTests
{
    private static readonly DetectorPair TwoWatchesThree = new(2, 3);

    private static CheckResult Check(IReadOnlyList<HistoryEvent> history, long? detectionTimeMaxMs = null) =>
        new DetectorQosChecker([TwoWatchesThree], detectionTimeMaxMs).Check(history);

    [Fact]
    public void Check_CrashAt1000SuspectedAt1300_DetectionTime300()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Crash(1000, 3).Suspect(1300, 2, 3).End(5000).Build();

        CheckResult result = Check(history);

        Assert.Equal(Verdict.Valid, result.Verdict);
        Assert.Equal(300, result.Figures["2->3.T_D_ms"]);
        Assert.Equal(300, result.Figures["all.T_D_ms"]);
        Assert.Equal(0, result.Figures["2->3.undetected"]);
        Assert.Equal(1.0, result.Figures["2->3.P_A"]);
        Assert.Equal(0, result.Figures["2->3.mistakes"]);
    }

    [Fact]
    public void Check_PauseCausingOneMistake_MeasuresItsDurationAndAccuracy()
    {
        // Paused 2000..3000; suspected at 2400, trusted at 3050: a 650 ms mistake in 10 s of observation.
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Pause(2000, 3).Suspect(2400, 2, 3).Resume(3000, 3).Trust(3050, 2, 3).End(10_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(1, result.Figures["2->3.mistakes"]);
        Assert.Equal(650, result.Figures["2->3.T_M_ms"]);
        Assert.Equal(1 - (650 / 10_000.0), result.Figures["2->3.P_A"], 12);
        Assert.Equal(0.1, result.Figures["2->3.mistake_rate_per_s"], 12);
        Assert.False(result.Figures.ContainsKey("2->3.T_MR_ms"));
        Assert.False(result.Figures.ContainsKey("2->3.T_D_ms"));
    }

    [Fact]
    public void Check_ThreeMistakes_RecurrenceIsMeanGapBetweenStarts()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Suspect(1000, 2, 3).Trust(1100, 2, 3)
            .Suspect(4000, 2, 3).Trust(4300, 2, 3)
            .Suspect(5000, 2, 3).Trust(5200, 2, 3)
            .End(10_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(3, result.Figures["2->3.mistakes"]);
        Assert.Equal(2000, result.Figures["2->3.T_MR_ms"]);
        Assert.Equal(200, result.Figures["2->3.T_M_ms"]);
        Assert.Equal(300, result.Figures["2->3.T_M_max_ms"]);
        Assert.Equal(1 - (600 / 10_000.0), result.Figures["2->3.P_A"], 12);
    }

    [Fact]
    public void Check_SuspicionBeforeCrashNeverLifted_DetectionTimeZeroAndMistakeEndsAtCrash()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Suspect(800, 2, 3).Crash(1000, 3).End(5000).Build();

        CheckResult result = Check(history);

        Assert.Equal(0, result.Figures["2->3.T_D_ms"]);
        Assert.Equal(200, result.Figures["2->3.T_M_ms"]);
        Assert.Equal(0.8, result.Figures["2->3.P_A"], 12);
    }

    [Fact]
    public void Check_SuspectedTrustedThenSuspectedAfterCrash_DetectionTimeFromFinalSuspicion()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Crash(1000, 3).Suspect(1300, 2, 3).Trust(1400, 2, 3).Suspect(1700, 2, 3).End(5000).Build();

        CheckResult result = Check(history);

        Assert.Equal(700, result.Figures["2->3.T_D_ms"]);
        Assert.Equal(0, result.Figures["2->3.mistakes"]);
    }

    [Fact]
    public void Check_CrashNeverSuspected_CountedUndetected()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals().Crash(1000, 3).End(5000).Build();

        CheckResult result = Check(history);

        Assert.Equal(1, result.Figures["2->3.undetected"]);
        Assert.False(result.Figures.ContainsKey("2->3.T_D_ms"));
    }

    [Fact]
    public void Check_DetectionSlowerThanBound_InvalidWithWitness()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Crash(1000, 3).Suspect(1300, 2, 3).End(5000).Build();

        CheckResult result = Check(history, detectionTimeMaxMs: 250);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Contains("T_D=300 ms, above 250 ms", Assert.Single(result.Witness));
    }

    [Fact]
    public void Check_CrashedMonitor_TimeWhileDownNotObserved()
    {
        // The monitor is down 2000..4000, so only 8 s of its 10 s count; its suspicion before the crash is a 1 s mistake.
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Suspect(1000, 2, 3).Crash(2000, 2).Restart(4000, 2).End(10_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(8.0, result.Figures["2->3.observed_s"]);
        Assert.Equal(7.0 / 8.0, result.Figures["2->3.P_A"], 12);
        Assert.False(result.Figures.ContainsKey("2->3.T_M_ms"));
        Assert.Equal(1, result.Figures["2->3.mistakes"]);
    }

    [Fact]
    public void Check_NoPairsGiven_MeasuresEveryPairOfGeneralsAndTheHarness()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Crash(1000, 3).Suspect(1300, 2, 3).Suspect(1200, 0, 3).End(5000).Build();

        CheckResult result = new DetectorQosChecker().Check(history);

        Assert.Equal(4, result.Figures["all.pairs"]);
        Assert.Equal(200, result.Figures["0->3.T_D_ms"]);
        Assert.Equal(250, result.Figures["all.T_D_ms"]);
    }
}
