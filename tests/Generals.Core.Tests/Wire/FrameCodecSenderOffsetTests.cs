using Generals.Core.Wire;

namespace Generals.Core.Tests.Wire;

/// <summary>The nemesis finds a frame's sender byte through the codec, not by counting header bytes itself.</summary>
public class FrameCodecSenderOffsetTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("lab")]
    [InlineData("sixteen-byte-kit")]
    public void SenderOffset_EncodedFrame_PointsAtTheSender(string kit)
    {
        byte[] bytes = FrameCodec.Encode(new Frame(FrameKind.Data, kit, new FrameRoute(7, 2), new FrameStamp(1, 1, 0, 0), new byte[3]));

        int at = FrameCodec.SenderOffset(bytes);

        Assert.Equal(7, bytes[at]);
        bytes[at] = 5;
        Assert.Equal(FrameRejection.None, FrameCodec.TryDecode(bytes, out Frame frame));
        Assert.Equal(5, frame.Route.From);
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 1, 1, 1 })]
    [InlineData(new byte[] { 1, 1, 1, 0, 9 })]
    [InlineData(new byte[] { 1, 1, 1, 3, 97, 97, 97 })]
    public void SenderOffset_HeaderTooShortOrKitLengthOutOfRange_MinusOne(byte[] bytes)
    {
        Assert.Equal(-1, FrameCodec.SenderOffset(bytes));
    }
}
