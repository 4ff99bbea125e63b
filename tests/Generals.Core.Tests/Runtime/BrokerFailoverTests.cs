using Generals.Core.Runtime;
using NSubstitute;

namespace Generals.Core.Tests.Runtime;

public class BrokerFailoverTests
{
    private readonly IBrokerDialer _dialer = Substitute.For<IBrokerDialer>();

    [Fact]
    public void Connect_FirstAnswers_StaysOnTheFirstWithoutFailover()
    {
        var failover = new BrokerFailover(2);
        _dialer.Dial(0).Returns(true);

        int broker = failover.Connect(_dialer);

        Assert.Equal(0, broker);
        Assert.Equal(0, failover.Failovers);
        _dialer.DidNotReceive().Dial(1);
    }

    [Fact]
    public void Connect_FirstDown_TriesTheNextInTheSameRound()
    {
        var failover = new BrokerFailover(2);
        _dialer.Dial(0).Returns(false);
        _dialer.Dial(1).Returns(true);

        int broker = failover.Connect(_dialer);

        Assert.Equal(1, broker);
        Assert.Equal(1, failover.Current);
        Received.InOrder(() =>
        {
            _dialer.Dial(0);
            _dialer.Dial(1);
        });
    }

    [Fact]
    public void Connect_NoneAnswers_DialsEachOnceAndReturnsMinusOne()
    {
        var failover = new BrokerFailover(3);

        int broker = failover.Connect(_dialer);

        Assert.Equal(-1, broker);
        _dialer.Received(1).Dial(0);
        _dialer.Received(1).Dial(1);
        _dialer.Received(1).Dial(2);
    }

    [Fact]
    public void Lost_ThenConnect_StartsWithTheNextBrokerAndCountsAFailover()
    {
        var failover = new BrokerFailover(2);
        _dialer.Dial(Arg.Any<int>()).Returns(true);
        failover.Connect(_dialer);
        _dialer.ClearReceivedCalls();

        failover.Lost();
        int broker = failover.Connect(_dialer);

        Assert.Equal(1, broker);
        Assert.Equal(1, failover.Failovers);
        _dialer.DidNotReceive().Dial(0);
    }

    [Fact]
    public void Lost_OnTheLastBroker_WrapsToTheFirst()
    {
        var failover = new BrokerFailover(2);
        _dialer.Dial(0).Returns(false);
        _dialer.Dial(1).Returns(true);
        failover.Connect(_dialer);
        _dialer.Dial(0).Returns(true);

        failover.Lost();
        int broker = failover.Connect(_dialer);

        Assert.Equal(0, broker);
        Assert.Equal(1, failover.Failovers);
    }

    [Fact]
    public void Constructor_MoreBrokersThanTheList_IsOurBug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BrokerFailover(5));
    }
}
