using Generals.Core.Wire;

namespace Generals.Core.Tests.Wire;

public class WireVectorTests
{
    [Fact]
    public void Document_HasAtLeastEightVectors_ValidOfEveryKindAndRejected()
    {
        Assert.True(WireVectors.All.Count >= 8);
        var kinds = WireVectors.All.Where(v => v.IsValid)
            .Select(v => { FrameCodec.TryDecode(Hex.TryDecode(v.Hex), out Frame f); return f.Kind; })
            .ToHashSet();
        Assert.Equal(Enum.GetValues<FrameKind>().ToHashSet(), kinds);
        Assert.Contains(WireVectors.All, v => !v.IsValid);
    }

    [Theory]
    [MemberData(nameof(WireVectors.Names), MemberType = typeof(WireVectors))]
    public void TryDecode_DocumentedVector_GivesDocumentedResult(string name)
    {
        WireVectors.Vector vector = WireVectors.Get(name);
        byte[] bytes = Hex.TryDecode(vector.Hex)!;

        FrameRejection rejection = FrameCodec.TryDecode(bytes, out Frame frame);

        if (vector.IsValid)
        {
            Assert.Equal(FrameRejection.None, rejection);
            Assert.Equal(vector.Hex, Hex.Encode(FrameCodec.Encode(frame)));
        }
        else
        {
            Assert.Equal(vector.Expect, rejection.ToString());
            Assert.Null(frame);
        }
    }

    [Fact]
    public void TryDecode_DataVector_HasDocumentedFields()
    {
        FrameCodec.TryDecode(Hex.TryDecode(WireVectors.Get("data-reliable").Hex), out Frame frame);

        Assert.Equal(FrameKind.Data, frame.Kind);
        Assert.Equal("lab", frame.Kit);
        Assert.Equal(1, frame.Route.From);
        Assert.Equal(2, frame.Route.To);
        Assert.Equal(3u, frame.Stamp.Incarnation);
        Assert.Equal(17u, frame.Stamp.Sequence);
        Assert.Equal("hello"u8.ToArray(), frame.Payload);
        Assert.False(frame.IsSigned);
    }

    [Fact]
    public void TryDecode_WideIdsVector_HasTwoByteIds()
    {
        FrameCodec.TryDecode(Hex.TryDecode(WireVectors.Get("data-wide-ids").Hex), out Frame frame);

        Assert.Equal((1000, 4660), (frame.Route.From, frame.Route.To));
        Assert.Equal("hi"u8.ToArray(), frame.Payload);
    }

    [Fact]
    public void TryDecode_HeartbeatVector_IsToBroadcast65535()
    {
        FrameCodec.TryDecode(Hex.TryDecode(WireVectors.Get("heartbeat-broadcast").Hex), out Frame frame);

        Assert.Equal(65535, FrameLimits.Broadcast);
        Assert.True(frame.Route.IsBroadcast);
    }

    [Fact]
    public void Encode_AnyFrame_HeaderIsTwentyFourBytesPlusTheKit()
    {
        var frame = new Frame(FrameKind.Data, "lab", new FrameRoute(FrameLimits.GeneralIdMax, FrameLimits.Broadcast), FrameStamp.Zero, []);

        Assert.Equal(24, FrameLimits.HeaderFixedBytes);
        Assert.Equal(24 + 3, FrameCodec.Encode(frame).Length);
    }

    [Fact]
    public void TryDecode_EmptyAndOversize_AreRejectedWithTheirReason()
    {
        Assert.Equal(FrameRejection.Empty, FrameCodec.TryDecode([], out _));
        Assert.Equal(FrameRejection.Empty, FrameCodec.TryDecode(null, out _));
        Assert.Equal(FrameRejection.TooLong, FrameCodec.TryDecode(new byte[FrameLimits.FrameBytesMax + 1], out _));
    }

    [Fact]
    public void EncodeSignedPart_SignedFrame_IsThePrefixBeforeTheSignatureBlock()
    {
        var frame = new Frame(FrameKind.Protocol, "lab", new FrameRoute(1, 2), new FrameStamp(1, 2, 3, 4), [9, 9]);
        byte[] part = FrameCodec.EncodeSignedPart(frame, willBeSigned: true);
        Frame signed = frame.WithSignature(SignatureScheme.Ideal, [1, 2, 3]);

        byte[] whole = FrameCodec.Encode(signed);

        Assert.Equal(part, whole[..part.Length]);
        Assert.Equal(part.Length + FrameLimits.SignatureHeaderBytes + 3, whole.Length);
    }
}
