using Generals.Harness.Worlds.Emu;

namespace Generals.Harness.Tests.Emu;

public sealed class FailoverResendTests
{
    private const string Inbox2 = "gl/lab/n/2/in";
    private const string Control2 = "gl/lab/n/2/ctl";

    [Fact]
    public void OnStatus_FirstAfterAKill_ReturnsWhatWasPublishedFromTheInFlightMarginOnInOrder()
    {
        var resend = new FailoverResend();
        resend.Published(2, Inbox2, [1], 100);
        resend.Published(2, Inbox2, [2], 1000 - FailoverResend.InFlightMs);
        resend.Published(2, Control2, [3], 1000);
        resend.BrokerKilled(1000);
        resend.Published(2, Inbox2, [4], 1010);

        IReadOnlyList<(string Topic, byte[] Payload)> again = resend.OnStatus(2);

        Assert.Equal([(Inbox2, 2), (Control2, 3), (Inbox2, 4)], again.Select(a => (a.Topic, (int)a.Payload[0])));
        Assert.Equal(3, resend.Resent);
    }

    [Fact]
    public void OnStatus_WithoutAKill_ReturnsNothing()
    {
        var resend = new FailoverResend();
        resend.Published(2, Inbox2, [1], 100);

        Assert.Empty(resend.OnStatus(2));
    }

    [Fact]
    public void OnStatus_SecondStatusAfterTheSameKill_ReturnsNothingUntilTheNextKill()
    {
        var resend = new FailoverResend();
        resend.BrokerKilled(1000);
        resend.Published(2, Inbox2, [1], 1010);
        resend.OnStatus(2);

        IReadOnlyList<(string Topic, byte[] Payload)> second = resend.OnStatus(2);
        resend.BrokerKilled(2000);
        resend.Published(2, Inbox2, [2], 2010);
        IReadOnlyList<(string Topic, byte[] Payload)> afterNextKill = resend.OnStatus(2);

        Assert.Empty(second);
        Assert.Equal([2], afterNextKill.Select(a => (int)a.Payload[0]));
    }

    [Fact]
    public void OnStatus_AfterTheBrokerIsBack_ReturnsNothing()
    {
        var resend = new FailoverResend();
        resend.BrokerKilled(1000);
        resend.Published(1, "gl/lab/n/1/in", [1], 1010);
        resend.BrokerBack();

        IReadOnlyList<(string Topic, byte[] Payload)> again = resend.OnStatus(1);

        Assert.Empty(again);
    }

    [Fact]
    public void OnStatus_OtherGeneral_ReturnsOnlyItsOwnFrames()
    {
        var resend = new FailoverResend();
        resend.BrokerKilled(1000);
        resend.Published(2, Inbox2, [2], 1010);
        resend.Published(4, "gl/lab/n/4/in", [4], 1010);

        IReadOnlyList<(string Topic, byte[] Payload)> again = resend.OnStatus(4);

        Assert.Equal(["gl/lab/n/4/in"], again.Select(a => a.Topic));
    }

    [Fact]
    public void Published_MoreThanKeptPerGeneralMax_KeepsOnlyTheNewest()
    {
        var resend = new FailoverResend();
        resend.BrokerKilled(1000);
        for (int i = 0; i < FailoverResend.KeptPerGeneralMax + 10; i++)
        {
            resend.Published(2, Inbox2, BitConverter.GetBytes(i), 1001);
        }

        IReadOnlyList<(string Topic, byte[] Payload)> again = resend.OnStatus(2);

        Assert.Equal(FailoverResend.KeptPerGeneralMax, again.Count);
        Assert.Equal(10, BitConverter.ToInt32(again[0].Payload));
    }

    [Fact]
    public void Published_OlderThanKeptMs_IsForgotten()
    {
        var resend = new FailoverResend();
        resend.Published(2, Inbox2, [1], 0);
        resend.Published(2, Inbox2, [2], FailoverResend.KeptMs + 1);
        resend.BrokerKilled(0);

        IReadOnlyList<(string Topic, byte[] Payload)> again = resend.OnStatus(2);

        Assert.Equal([2], again.Select(a => (int)a.Payload[0]));
    }
}
