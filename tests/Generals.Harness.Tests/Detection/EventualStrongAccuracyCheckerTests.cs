using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Detection;
using Generals.Harness.History;

namespace Generals.Harness.Tests.Detection;

public class EventualStrongAccuracyCheckerTests
{
    private static CheckResult Check(IReadOnlyList<HistoryEvent> history, long settleMs = 1000) =>
        new EventualStrongAccuracyChecker(settleMs, [new DetectorPair(2, 3)]).Check(history);

    [Fact]
    public void Check_FalseSuspicionBeforeGstNoneAfter_Valid()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Suspect(3000, 2, 3).Trust(3500, 2, 3).Gst(5000).End(20_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(Verdict.Valid, result.Verdict);
        Assert.Equal(1, result.Figures["mistakes_before_gst"]);
        Assert.Equal(0, result.Figures["mistakes_after_gst"]);
        Assert.Equal(5000, result.Figures["gst_ms"]);
    }

    [Fact]
    public void Check_FalseSuspicionAfterGstAndMargin_InvalidWithWitness()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Gst(5000).Suspect(9000, 2, 3).Trust(9100, 2, 3).End(20_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        string witness = Assert.Single(result.Witness);
        Assert.StartsWith("t=9000 ms: general 2 suspected general 3, which was up", witness);
        Assert.Contains("after GST (t=5000)", witness);
    }

    [Fact]
    public void Check_MistakesBeforeAndAfterSettling_ViolationsOnlyForThoseInEffectAfter()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Suspect(3000, 2, 3).Trust(3500, 2, 3).Gst(5000).Heartbeat(8900, 3, 2).Suspect(9000, 2, 3).Trust(9100, 2, 3).End(20_000).Build();

        Violation violation = Assert.Single(Check(history).Violations);

        Assert.Equal((8900L, 9100L), (violation.FromMs, violation.UntilMs));
    }

    [Fact]
    public void Check_FalseSuspicionWithinSettleMargin_Valid()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Gst(5000).Suspect(5200, 2, 3).Trust(5900, 2, 3).End(20_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(Verdict.Valid, result.Verdict);
        Assert.Equal(1, result.Figures["mistakes_after_gst"]);
    }

    [Fact]
    public void Check_SuspicionFromBeforeGstNeverLifted_Invalid()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Suspect(3000, 2, 3).Gst(5000).End(20_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Contains("still in effect", Assert.Single(result.Witness));
    }

    [Fact]
    public void Check_RunEndsBeforeGstPlusMargin_Unknown()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals().Gst(5000).End(5500).Build();

        CheckResult result = Check(history);

        Assert.Equal(Verdict.Unknown, result.Verdict);
    }

    [Fact]
    public void Check_NoGstEvent_SynchronousFromStart()
    {
        IReadOnlyList<HistoryEvent> history = DetectionHistoryBuilder.TwoGenerals()
            .Suspect(3000, 2, 3).Trust(3100, 2, 3).End(20_000).Build();

        CheckResult result = Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Equal(0, result.Figures["gst_ms"]);
    }
}
