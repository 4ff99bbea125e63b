using Generals.Core.Wire;

namespace Generals.Core.Tests.Wire;

/// <summary>The nemesis finds and rewrites a frame's sender through the codec, not by counting header bytes itself.</summary>
public class FrameCodecSenderOffsetTests
{
    [Theory]
    [InlineData("a", 7)]
    [InlineData("lab", 1000)]
    [InlineData("sixteen-byte-kit", FrameLimits.GeneralIdMax)]
    public void SenderOffset_EncodedFrame_PointsAtTheTwoSenderBytes(string kit, int sender)
    {
        byte[] bytes = FrameCodec.Encode(new Frame(FrameKind.Data, kit, new FrameRoute(sender, 2), new FrameStamp(1, 1, 0, 0), new byte[3]));

        int at = FrameCodec.SenderOffset(bytes);

        Assert.Equal(sender, Bytes.ReadUInt16(bytes, at));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(256)]
    [InlineData(FrameLimits.GeneralIdMax)]
    public void TrySetSender_EncodedFrame_DecodesWithTheNewSenderAndEverythingElseKept(int claimed)
    {
        var frame = new Frame(FrameKind.Data, "lab", new FrameRoute(300, 4660), new FrameStamp(1, 2, 3, 4), [9, 8, 7]);
        byte[] bytes = FrameCodec.Encode(frame);

        Assert.True(FrameCodec.TrySetSender(bytes, claimed));

        Assert.Equal(FrameRejection.None, FrameCodec.TryDecode(bytes, out Frame decoded));
        Assert.True(frame.WithRoute(new FrameRoute(claimed, 4660)).SameAs(decoded));
    }

    [Fact]
    public void TrySetSender_HeaderTooShort_FalseAndNothingWritten()
    {
        byte[] bytes = [2, 1, 0, 3, 97, 97, 97, 1];

        Assert.False(FrameCodec.TrySetSender(bytes, 9));

        Assert.Equal(new byte[] { 2, 1, 0, 3, 97, 97, 97, 1 }, bytes);
    }

    [Fact]
    public void TrySetSender_BroadcastAsSender_FailsAsOurBug()
    {
        byte[] bytes = FrameCodec.Encode(new Frame(FrameKind.Data, "lab", new FrameRoute(1, 2), FrameStamp.Zero, []));

        Assert.Throws<ArgumentOutOfRangeException>(() => FrameCodec.TrySetSender(bytes, FrameLimits.Broadcast));
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 2, 1, 1 })]
    [InlineData(new byte[] { 2, 1, 1, 0, 9 })]
    [InlineData(new byte[] { 2, 1, 1, 3, 97, 97, 97 })]
    [InlineData(new byte[] { 2, 1, 1, 3, 97, 97, 97, 1 })]
    public void SenderOffset_HeaderTooShortOrKitLengthOutOfRange_MinusOne(byte[] bytes)
    {
        Assert.Equal(-1, FrameCodec.SenderOffset(bytes));
    }
}
