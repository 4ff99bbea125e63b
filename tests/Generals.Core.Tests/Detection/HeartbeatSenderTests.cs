using Generals.Core.Detection;
using Generals.Core.Runtime;

namespace Generals.Core.Tests.Detection;

public class HeartbeatSenderTests
{
    [Fact]
    public void RecordSend_NoJitter_FollowsGrid()
    {
        var sender = new HeartbeatSender(100, 0);
        var random = new Prng(1);
        sender.Start(1000, random);
        var sendTimes = new List<long>();

        for (int i = 0; i < 4; i++)
        {
            long nowMs = sender.NextSendMs;
            Assert.True(sender.IsDue(nowMs));
            Assert.False(sender.IsDue(nowMs - 1));
            sendTimes.Add(nowMs);
            Assert.Equal((uint)(i + 1), sender.RecordSend(nowMs, random));
        }

        Assert.Equal([1000L, 1100L, 1200L, 1300L], sendTimes);
    }

    [Fact]
    public void RecordSend_WithJitter_StaysWithinJitterOfGridAndKeepsRate()
    {
        var sender = new HeartbeatSender(100, 30);
        var random = new Prng(42);
        sender.Start(0, random);
        var offsets = new List<long>();

        for (int i = 0; i < 1000; i++)
        {
            long nowMs = sender.NextSendMs;
            offsets.Add(nowMs - (i * 100L));
            sender.RecordSend(nowMs, random);
        }

        Assert.All(offsets, offset => Assert.InRange(offset, 0, 30));
        Assert.Contains(offsets, offset => offset > 20);
        Assert.Contains(offsets, offset => offset < 10);
    }

    [Fact]
    public void RecordSend_AfterLongPause_SendsOnceAndRejoinsGrid()
    {
        var sender = new HeartbeatSender(100, 0);
        var random = new Prng(1);
        sender.Start(0, random);
        sender.RecordSend(0, random);

        sender.RecordSend(12_345, random);

        Assert.Equal(12_400, sender.NextSendMs);
        Assert.Equal(2u, sender.Sent);
    }

    [Fact]
    public void NextSendMs_BeforeStart_IsNever()
    {
        var sender = new HeartbeatSender(100, 0);

        Assert.Equal(long.MaxValue, sender.NextSendMs);
        Assert.False(sender.IsDue(long.MaxValue - 1));
    }

    [Fact]
    public void Constructor_JitterNotBelowInterval_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HeartbeatSender(100, 100));
    }
}
