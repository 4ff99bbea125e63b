using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Detection;
using Generals.Harness.History;

namespace Generals.Harness.Tests.Detection;

public class StrongCompletenessCheckerTests
{
    private static CheckResult Check(IReadOnlyList<HistoryEvent> history, long marginMs = 2000) =>
        new StrongCompletenessChecker(marginMs).Check(history);

    [Fact]
    public void Check_CrashedGeneralSuspectedForGood_Valid()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Crash(1000, 3).Suspect(1300, 2, 3).End(10_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(Verdict.Valid, result.Verdict);
        Assert.Equal(300, result.Figures["2->3.T_D_ms"]);
        Assert.Equal(1, result.Figures["checked_pairs"]);
    }

    [Fact]
    public void Check_CrashedGeneralNeverSuspected_InvalidWithWitness()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals().Crash(1000, 3).End(10_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Equal(
            "general 3 crashed at t=1000 and never restarted; general 2 did not suspect it at the end of the run (t=10000)",
            Assert.Single(result.Witness));
    }

    [Fact]
    public void Check_SuspectedThenTrustedAgain_Invalid()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Crash(1000, 3).Suspect(1300, 2, 3).Trust(1500, 2, 3).End(10_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Contains("trusted it again at t=1500", Assert.Single(result.Witness));
    }

    [Fact]
    public void Check_CrashWithinMarginOfEnd_Unknown()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals().Crash(9000, 3).End(10_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(Verdict.Unknown, result.Verdict);
    }

    [Fact]
    public void Check_SuspicionStartsWithinMarginOfEnd_Unknown()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Crash(1000, 3).Suspect(9000, 2, 3).End(10_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(Verdict.Unknown, result.Verdict);
    }

    [Fact]
    public void Check_CrashedMonitor_NotRequiredToSuspectSoNothingJudgedUnknown()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Crash(1000, 3).Crash(1100, 2).End(10_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Contains("nothing to judge", Assert.Single(result.Witness), StringComparison.Ordinal);
        Assert.Equal(0, result.Figures["checked_pairs"]);
    }

    [Fact]
    public void Check_GeneralRestartedBeforeEnd_NotACompletenessCaseSoUnknown()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Crash(1000, 3).Restart(2000, 3).End(10_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Equal(0, result.Figures["checked_pairs"]);
    }
}
