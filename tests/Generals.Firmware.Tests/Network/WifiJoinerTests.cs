using Generals.Core.Runtime;
using Generals.Firmware.Network;
using NSubstitute;

namespace Generals.Firmware.Tests.Network;

public class WifiJoinerTests
{
    private readonly INetworkLink _link = Substitute.For<INetworkLink>();
    private readonly IBoard _board = Substitute.For<IBoard>();

    [Fact]
    public void Join_AddressOnTheThirdPoll_JoinsOnceAndReturnsTrue()
    {
        _link.Join("lab", "pw").Returns(true);
        _link.HasAddress.Returns(false, false, true);

        bool joined = WifiJoiner.Join(_link, _board, "lab", "pw");

        Assert.True(joined);
        _link.Received(1).Join("lab", "pw");
        _board.Received(2).Sleep(WifiJoiner.PollMs);
    }

    [Fact]
    public void Join_NetworkNeverAssociates_TriesEveryAttemptWithLongerWaitsThenGivesUp()
    {
        _link.Join("lab", "pw").Returns(false);

        bool joined = WifiJoiner.Join(_link, _board, "lab", "pw");

        Assert.False(joined);
        _link.Received(WifiJoiner.AttemptsMax).Join("lab", "pw");
        Received.InOrder(() =>
        {
            for (int attempt = 1; attempt < WifiJoiner.AttemptsMax; attempt++)
            {
                _board.Sleep(WifiJoiner.RetryDelayMs * attempt);
            }
        });
        _board.DidNotReceive().Sleep(WifiJoiner.RetryDelayMs * WifiJoiner.AttemptsMax);
    }

    [Fact]
    public void Join_AssociatesButNoAddressEver_EachAttemptWaitsItsTimeoutThenGivesUp()
    {
        _link.Join("lab", "pw").Returns(true);
        _link.HasAddress.Returns(false);

        bool joined = WifiJoiner.Join(_link, _board, "lab", "pw");

        Assert.False(joined);
        _board.Received(WifiJoiner.AttemptsMax * (WifiJoiner.AddressTimeoutMs / WifiJoiner.PollMs)).Sleep(WifiJoiner.PollMs);
    }
}
