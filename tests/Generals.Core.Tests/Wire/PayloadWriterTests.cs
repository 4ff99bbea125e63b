using Generals.Core.Protocols;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Wire;

/// <summary>A payload that writes itself into the frame (an SM chain) encodes to the same bytes as its array would.</summary>
public class PayloadWriterTests
{
    private static readonly FrameRoute Route = new(2, FrameLimits.Broadcast);
    private static readonly FrameStamp Stamp = new(1, 9, 4, 1);

    [Fact]
    public void Encode_FrameWhosePayloadIsAChain_SameBytesAsTheChainsEncoding()
    {
        SignedChain chain = SignedChain.First(1, 1, [.. Enumerable.Range(0, 40).Select(i => (byte)i)]).Extend(2, [9, 8, 7]);

        byte[] written = FrameCodec.Encode(new Frame(FrameKind.Protocol, "lab", Route, Stamp, chain));
        byte[] copied = FrameCodec.Encode(new Frame(FrameKind.Protocol, "lab", Route, Stamp, chain.Encode()));

        Assert.Equal(copied, written);
    }

    [Fact]
    public void Payload_FrameWhosePayloadWritesItself_IsTheWrittenBytesMadeOnce()
    {
        SignedChain chain = SignedChain.First(0, 3, [1, 2, 3, 4]);
        var frame = new Frame(FrameKind.Protocol, "lab", Route, Stamp, chain);

        Assert.Equal(chain.Encode(), frame.Payload);
        Assert.Same(frame.Payload, frame.Payload);
        Assert.Equal(chain.PayloadLength, frame.PayloadLength);
    }

    [Fact]
    public void Constructor_PayloadBytes_KeepsTheArrayWithoutACopy()
    {
        byte[] bytes = [5, 6, 7];

        var frame = new Frame(FrameKind.Protocol, "lab", Route, Stamp, new PayloadBytes(bytes));

        Assert.Same(bytes, frame.Payload);
        Assert.Same(bytes, PayloadBytes.ToArray(new PayloadBytes(bytes)));
    }
}
