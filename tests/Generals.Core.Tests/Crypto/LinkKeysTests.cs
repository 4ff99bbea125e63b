using Generals.Core.Crypto;
using Generals.Core.Tests.Node;
using Generals.Core.Wire;
using NSubstitute;

namespace Generals.Core.Tests.Crypto;

/// <summary>Link seals are made when a link is first used, so memory grows with the peers a General talks to (issue 16).</summary>
public sealed class LinkKeysTests
{
    [Fact]
    public void MacFor_KeysFromASource_AsksOnlyForTheLinksUsedAndOnce()
    {
        ILinkKeySource source = Substitute.For<ILinkKeySource>();
        source.KeyFor(Arg.Any<int>()).Returns(call => TestGeneral.PairKey(1, call.Arg<int>()));
        var keys = new LinkKeys(source);

        FrameMac first = keys.MacFor(200);
        FrameMac again = keys.MacFor(200);

        Assert.Same(first, again);
        Assert.Equal(1, keys.SealsMade);
        source.Received(1).KeyFor(200);
        source.DidNotReceive().KeyFor(Arg.Is<int>(peer => peer != 200));
    }

    [Fact]
    public void Covers_KeysFromASource_DerivesNoKeyAndMakesNoSeal()
    {
        ILinkKeySource source = Substitute.For<ILinkKeySource>();
        source.Covers(2).Returns(true);
        var keys = new LinkKeys(source);

        Assert.True(keys.Covers(2));
        Assert.False(keys.Covers(3));
        Assert.False(keys.Covers(0));
        Assert.Equal(0, keys.SealsMade);
        source.DidNotReceiveWithAnyArgs().KeyFor(default);
    }

    [Fact]
    public void MacFor_SourceKnowsNoKey_IsNullAndNothingIsKept()
    {
        ILinkKeySource source = Substitute.For<ILinkKeySource>();
        source.KeyFor(Arg.Any<int>()).Returns((byte[])null!);
        var keys = new LinkKeys(source);

        Assert.Null(keys.MacFor(5));
        Assert.Null(keys.MacFor(FrameLimits.GeneralIdMax + 1));
        Assert.Equal(0, keys.SealsMade);
    }

    [Fact]
    public void MacFor_KeysSetUpFront_EverySealMadeAtOnceUnderItsKey()
    {
        var keys = TestGeneral.LinkKeysOf(1, [2, 3]);
        var frame = new Frame(FrameKind.Data, TestGeneral.Kit, new FrameRoute(1, 3), new FrameStamp(1, 1, 0, 0), [4, 5]);

        byte[] sealedFrame = keys.MacFor(3).Seal(frame);

        Assert.Equal(new FrameMac(TestGeneral.PairKey(1, 3)).Seal(frame), sealedFrame);
        Assert.Equal(2, keys.SealsMade);
        Assert.True(keys.Covers(2));
    }

    [Fact]
    public void Set_KeyOfTheWrongLength_FailsAsOurBug()
    {
        var keys = new LinkKeys();

        Assert.Throws<Generals.Core.Runtime.InvariantViolationException>(() => keys.Set(2, new byte[16]));
        Assert.Throws<Generals.Core.Runtime.InvariantViolationException>(() => new LinkKeys(Substitute.For<ILinkKeySource>()).Set(2, new byte[32]));
    }
}
