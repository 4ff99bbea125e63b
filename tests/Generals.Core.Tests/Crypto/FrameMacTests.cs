using CsCheck;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Tests.Wire;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Crypto;

public class FrameMacTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(0, FrameMac.KeyBytes).Select(i => (byte)i)];

    [Theory]
    [InlineData("event-telemetry-hmac")]
    [InlineData("status-offline-hmac")]
    public void Verifies_DocumentedSealedVector_IsTrueUnderTheDocumentedKeyOnly(string name)
    {
        byte[] bytes = Convert.FromHexString(WireVectors.Get(name).Hex);
        FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout layout);
        byte[] otherKey = (byte[])Key.Clone();
        otherKey[0] ^= 1;

        Assert.True(new FrameMac(Key).Verifies(bytes, 0, layout));
        Assert.False(new FrameMac(otherKey).Verifies(bytes, 0, layout));
    }

    [Fact]
    public void Seal_DocumentedEvent_ReproducesTheVectorBytes()
    {
        var frame = new Frame(FrameKind.Event, "lab", new FrameRoute(3, FrameLimits.HarnessId), new FrameStamp(7, 1, 0, 0),
            ValueRecord.Encode((int)TelemetryType.Booted, [7]));

        byte[] sealedFrame = new FrameMac(Key).Seal(frame);

        Assert.Equal(WireVectors.Get("event-telemetry-hmac").Hex, Convert.ToHexStringLower(sealedFrame));
    }

    [Fact]
    public void Verifies_SealedFrameWithAnyFlippedBit_IsFalse()
    {
        var mac = new FrameMac(Key);
        Gen.Select(Gen.Byte.Array[0, 80], Gen.UInt, Gen.UInt, Gen.Int[0, 1000]).Sample((payload, incarnation, sequence, flip) =>
        {
            byte[] bytes = mac.Seal(new Frame(FrameKind.Event, "lab", new FrameRoute(2, 0), new FrameStamp(incarnation, sequence, 0, 0), payload));
            int bit = flip % (bytes.Length * 8);
            bytes[bit / 8] ^= (byte)(1 << (bit % 8));

            bool valid = FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout layout) == FrameRejection.None && mac.Verifies(bytes, 0, layout);

            Assert.False(valid);
        }, iter: 2_000);
    }

    [Fact]
    public void Verifies_UnsignedOrOtherScheme_IsFalse()
    {
        var frame = new Frame(FrameKind.Event, "lab", new FrameRoute(2, 0), new FrameStamp(1, 1, 0, 0), [1, 0]);
        byte[] unsigned = FrameCodec.Encode(frame);
        byte[] tag = HmacSha256.Mac(Key, FrameCodec.EncodeSignedPart(frame, true));
        byte[] otherScheme = FrameCodec.Encode(frame.WithSignature(SignatureScheme.Ed25519, tag));
        var mac = new FrameMac(Key);

        FrameCodec.TryRead(unsigned, 0, unsigned.Length, out FrameLayout unsignedLayout);
        FrameCodec.TryRead(otherScheme, 0, otherScheme.Length, out FrameLayout otherLayout);

        Assert.False(mac.Verifies(unsigned, 0, unsignedLayout));
        Assert.False(mac.Verifies(otherScheme, 0, otherLayout));
    }
}
