using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Detection;
using Generals.Harness.History;

namespace Generals.Harness.Tests.Detection;

public class StrongAccuracyCheckerTests
{
    [Fact]
    public void Check_OnlyCrashedGeneralSuspected_Valid()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Crash(1000, 3).Suspect(1300, 2, 3).End(5000).Build();

        CheckResult result = new StrongAccuracyChecker().Check(history);

        Assert.Equal(Verdict.Valid, result.Verdict);
        Assert.Equal(0, result.Figures["mistakes"]);
    }

    [Fact]
    public void Check_UpGeneralSuspected_InvalidWithLastHeartbeatInWitness()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Heartbeat(12_010, 3, 2).Suspect(12_345, 2, 3).Trust(12_400, 2, 3).End(20_000).Build();

        CheckResult result = new StrongAccuracyChecker([new DetectorPair(2, 3)]).Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Equal(
            "t=12345 ms: general 2 suspected general 3, which was up (last heartbeat delivered at t=12010); trusted again at t=12400",
            Assert.Single(result.Witness));
    }

    [Fact]
    public void Check_UpGeneralSuspected_ViolationSpansLastHeartbeatToTrustAndNamesThePair()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Heartbeat(12_010, 3, 2).Suspect(12_345, 2, 3).Trust(12_400, 2, 3).End(20_000).Build();

        CheckResult result = new StrongAccuracyChecker([new DetectorPair(2, 3)]).Check(history);

        Violation violation = Assert.Single(result.Violations);
        Assert.Equal((12_010L, 12_400L), (violation.FromMs, violation.UntilMs));
        Assert.Equal([2, 3], violation.Generals);
    }

    [Fact]
    public void Check_SuspicionRightAfterAHeartbeat_ViolationReachesOneTimeoutBack()
    {
        // The demo's fd-crash-recovery on a busy machine: general 2 stalled until 17400, got 4's heartbeat at 17408 and
        // still suspected 4 at 17417 (its timer ran first); the stall lies within the 500 ms timeout before the suspicion.
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .StartDetector(100, 2, intervalMs: 100, timeoutMs: 500)
            .Heartbeat(17_408, 3, 2).Suspect(17_417, 2, 3).Trust(17_430, 2, 3).End(20_000).Build();

        Violation violation = Assert.Single(new StrongAccuracyChecker([new DetectorPair(2, 3)]).Check(history).Violations);

        Assert.Equal((16_917L, 17_430L), (violation.FromMs, violation.UntilMs));
    }

    [Fact]
    public void Check_PausedGeneralSuspected_InvalidBecausePausedIsNotCrashed()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Pause(2000, 3).Suspect(2400, 2, 3).Resume(3000, 3).Trust(3050, 2, 3).End(10_000).Build();

        CheckResult result = new StrongAccuracyChecker([new DetectorPair(2, 3)]).Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Contains("which was paused since t=2000, not crashed", Assert.Single(result.Witness));
    }

    [Fact]
    public void Check_SuspicionLingeringAfterRestart_NotAMistake()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Crash(1000, 3).Suspect(1300, 2, 3).Restart(2000, 3).Trust(2200, 2, 3, incarnation: 2).End(5000).Build();

        CheckResult result = new StrongAccuracyChecker().Check(history);

        Assert.Equal(Verdict.Valid, result.Verdict);
    }

    [Fact]
    public void Check_ManyMistakes_WitnessCapped()
    {
        var builder = DetectionHistoryBuilder.TwoGenerals();
        for (int i = 0; i < 25; i++)
        {
            builder.Suspect(1000 * (i + 1), 2, 3).Trust((1000 * (i + 1)) + 10, 2, 3);
        }

        CheckResult result = new StrongAccuracyChecker().Check(builder.Build());

        Assert.Equal(25, result.Figures["mistakes"]);
        Assert.Equal(11, result.Witness.Count);
        Assert.Equal("... and 15 more", result.Witness[^1]);
    }
}
