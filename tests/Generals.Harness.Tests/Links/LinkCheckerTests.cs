using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Links;
using Generals.Harness.History;

namespace Generals.Harness.Tests.Links;

public class LinkCheckerTests
{
    private static HistoryEvent Sent(long t, int from, int to, long id, long hash = 7) =>
        new() { TimeMs = t, Type = HistoryType.AppSend, General = from, To = to, Message = id, Hash = hash };

    private static HistoryEvent Delivered(long t, int at, int from, long id, long index, long hash = 7) =>
        new() { TimeMs = t, Type = HistoryType.AppDeliver, General = at, From = from, Message = id, Hash = hash, DeliveryIndex = index };

    private static HistoryEvent End(long t) => new() { TimeMs = t, Type = HistoryType.End };

    [Fact]
    public void Check_EverythingDeliveredOnce_IsValid()
    {
        CheckResult r = new ReliableDeliveryChecker().Check([Sent(0, 1, 2, 5), Delivered(10, 2, 1, 5, 1), End(10_000)]);

        Assert.Equal(Verdict.Valid, r.Verdict);
    }

    [Fact]
    public void Check_RepeatedReportOfSameDelivery_CountsOnce()
    {
        CheckResult r = new ReliableDeliveryChecker().Check([Sent(0, 1, 2, 5), Delivered(10, 2, 1, 5, 1), Delivered(900, 2, 1, 5, 1), End(10_000)]);

        Assert.Equal(Verdict.Valid, r.Verdict);
    }

    [Fact]
    public void Check_TwoDeliveries_IsInvalidWithWitness()
    {
        CheckResult r = new ReliableDeliveryChecker().Check([Sent(0, 1, 2, 5), Delivered(10, 2, 1, 5, 1), Delivered(20, 2, 1, 5, 2), End(10_000)]);

        Assert.Equal(Verdict.Invalid, r.Verdict);
        Assert.Contains("2 times", r.Witness[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LostMessageFromCorrectSender_IsInvalid()
    {
        CheckResult r = new ReliableDeliveryChecker().Check([Sent(0, 1, 2, 5), End(10_000)]);

        Assert.Equal(Verdict.Invalid, r.Verdict);
        Assert.Equal(1, r.Figures["lost"]);
    }

    [Fact]
    public void Check_UnackedMessageOfSenderThatCrashed_IsNotOwed()
    {
        CheckResult r = new ReliableDeliveryChecker().Check(
            [Sent(0, 1, 2, 5), new HistoryEvent { TimeMs = 5, Type = HistoryType.Crash, General = 1 }, End(10_000)]);

        Assert.Equal(Verdict.Valid, r.Verdict);
    }

    [Fact]
    public void Check_AcknowledgedButNeverDelivered_IsInvalidEvenIfSenderCrashed()
    {
        CheckResult r = new ReliableDeliveryChecker().Check(
        [
            Sent(0, 1, 2, 5), new HistoryEvent { TimeMs = 3, Type = HistoryType.AppAck, General = 1, To = 2, Message = 5 },
            new HistoryEvent { TimeMs = 5, Type = HistoryType.Crash, General = 1 }, End(10_000),
        ]);

        Assert.Equal(Verdict.Invalid, r.Verdict);
        Assert.Contains("acknowledged", r.Witness[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DurableMessageReportedBeforeTheRunBeganAndAcknowledgedNotDelivered_CarriedOverNotLost()
    {
        // A kit that outlives runs: general 1 re-reports at boot (before the start line; none here, so the plan starts at 0) a message of the previous run that general 2
        // delivered then; general 2 acknowledges the retransmission without delivering it twice.
        CheckResult r = new ReliableDeliveryChecker(durable: true).Check(
        [
            Sent(-40, 1, 2, 5), new HistoryEvent { TimeMs = 30, Type = HistoryType.AppAck, General = 1, To = 2, Message = 5 },
            Sent(0, 1, 2, 6), Delivered(10, 2, 1, 6, 1), End(10_000),
        ]);

        Assert.Equal(Verdict.Valid, r.Verdict);
        Assert.Equal(1, r.Figures["carried-over"]);
        Assert.Equal(0, r.Figures["lost"]);
    }

    [Fact]
    public void Check_DeliveryReportedAgainBeforeTheRunBegan_NotACreation()
    {
        // A kit that outlives runs: general 2 reports its last delivery of the previous run again as it boots (before the start line).
        CheckResult r = new AuthenticationChecker().Check([Delivered(-20, 2, 1, 5, 1), Sent(0, 1, 2, 6), Delivered(10, 2, 1, 6, 2), End(100)]);

        Assert.Equal(Verdict.Valid, r.Verdict);
    }

    [Fact]
    public void Check_ForgedAndAlteredDeliveries_AreAuthenticationViolations()
    {
        CheckResult r = new AuthenticationChecker().Check(
            [Sent(0, 1, 2, 5, hash: 7), Delivered(10, 2, 1, 5, 1, hash: 8), Delivered(11, 2, 3, 5, 2), End(100)]);

        Assert.Equal(Verdict.Invalid, r.Verdict);
        Assert.Contains(r.Witness, w => w.Contains("altered", StringComparison.Ordinal));
        Assert.Contains(r.Witness, w => w.Contains("never sent", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReceiverCrashStopped_MessagesToItAreNotOwed()
    {
        CheckResult r = new ReliableDeliveryChecker().Check(
            [Sent(0, 1, 2, 5), new HistoryEvent { TimeMs = 5, Type = HistoryType.Crash, General = 2 }, End(10_000)]);

        Assert.Equal(Verdict.Valid, r.Verdict);
    }
}
