using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Detection;
using Generals.Harness.History;

namespace Generals.Harness.Tests.Detection;

public class CrashRecoveryCheckerTests
{
    private static readonly DetectorPair[] TwoWatchesThree = [new(2, 3)];

    private static DetectionHistoryBuilder Restarted() => DetectionHistoryBuilder.TwoGenerals()
        .Crash(1000, 3).Suspect(1300, 2, 3).Restart(3000, 3).Boot(3000, 3, 2);

    [Fact]
    public void Check_TrustedUnderNewIncarnation_ValidWithRecoveryTime()
    {
        IReadOnlyList<HistoryEvent> history = Restarted().Trust(3150, 2, 3, incarnation: 2).End(10_000).Build();

        CheckResult result = new CrashRecoveryChecker(2000, suspicionRequiredAfterMs: 1000, TwoWatchesThree).Check(history);

        Assert.Equal(Verdict.Valid, result.Verdict);
        Assert.Equal(150, result.Figures["2->3.T_R_ms"]);
        Assert.Equal(1, result.Figures["restarts"]);
    }

    [Fact]
    public void Check_NeverTrustedAgain_InvalidWithWitness()
    {
        IReadOnlyList<HistoryEvent> history = Restarted().End(10_000).Build();

        CheckResult result = new CrashRecoveryChecker(2000, pairs: TwoWatchesThree).Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Equal(
            "general 3 crashed at t=1000 and restarted at t=3000 as incarnation 2; general 2 never trusted it again under the new incarnation by t=10000",
            Assert.Single(result.Witness));
    }

    [Fact]
    public void Check_TrustedUnderOldIncarnation_Invalid()
    {
        IReadOnlyList<HistoryEvent> history = Restarted().Trust(3150, 2, 3, incarnation: 1).End(10_000).Build();

        CheckResult result = new CrashRecoveryChecker(2000, pairs: TwoWatchesThree).Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
    }

    [Fact]
    public void Check_TrustedThenSuspectedAgainWhileUp_Invalid()
    {
        IReadOnlyList<HistoryEvent> history = Restarted().Trust(3150, 2, 3, incarnation: 2).Suspect(5000, 2, 3, incarnation: 2)
            .End(10_000).Build();

        CheckResult result = new CrashRecoveryChecker(2000, pairs: TwoWatchesThree).Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Contains("suspected it again", Assert.Single(result.Witness));
    }

    [Fact]
    public void Check_LongDowntimeNeverSuspected_InvalidWhenSuspicionRequired()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Crash(1000, 3).Restart(3000, 3).Boot(3000, 3, 2).Trust(3150, 2, 3, incarnation: 2).End(10_000).Build();

        CheckResult result = new CrashRecoveryChecker(2000, suspicionRequiredAfterMs: 1000, TwoWatchesThree).Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Contains("never suspected it while it was down (2000 ms)", Assert.Single(result.Witness));
    }

    [Fact]
    public void Check_RestartTooCloseToEnd_Unknown()
    {
        IReadOnlyList<HistoryEvent> history = Restarted().End(3500).Build();

        CheckResult result = new CrashRecoveryChecker(2000, pairs: TwoWatchesThree).Check(history);

        Assert.Equal(Verdict.Unknown, result.Verdict);
    }

    [Fact]
    public void Check_MonitorDownAtRestart_Skipped()
    {
        IReadOnlyList<HistoryEvent> history = Restarted().Crash(2500, 2).End(10_000).Build();

        CheckResult result = new CrashRecoveryChecker(2000, pairs: TwoWatchesThree).Check(history);

        Assert.Equal(Verdict.Valid, result.Verdict);
    }
}
