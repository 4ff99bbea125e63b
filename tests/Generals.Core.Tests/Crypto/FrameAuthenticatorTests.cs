using Generals.Core.Crypto;
using Generals.Core.Tests.Wire;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Crypto;

/// <summary>One frame for several receivers (wire scheme 5): docs/wire-format.md's vector, each receiver's entry, tampering.</summary>
public class FrameAuthenticatorTests
{
    private static readonly Frame Documented = new(FrameKind.Protocol, "lab", new FrameRoute(1, FrameLimits.Broadcast), new FrameStamp(1, 5, 3, 1), [2, 3]);

    [Fact]
    public void Seal_DocumentedFrame_ReproducesTheVectorBytes()
    {
        byte[] sealedFrame = FrameAuthenticator.Seal(Documented, [2, 3], 2, Keys());

        Assert.Equal(WireVectors.Get("protocol-authenticator-hmac").Hex, Convert.ToHexStringLower(sealedFrame));
    }

    [Fact]
    public void Verifies_DocumentedVector_EachNamedReceiverUnderItsOwnKeyOnly()
    {
        byte[] bytes = Convert.FromHexString(WireVectors.Get("protocol-authenticator-hmac").Hex);
        Assert.Equal(FrameRejection.None, FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout layout));

        Assert.True(FrameAuthenticator.Verifies(bytes, 0, layout, 2, new FrameMac(Key(2))));
        Assert.True(FrameAuthenticator.Verifies(bytes, 0, layout, 3, new FrameMac(Key(3))));
        Assert.False(FrameAuthenticator.Verifies(bytes, 0, layout, 2, new FrameMac(Key(3))));
        Assert.False(FrameAuthenticator.Verifies(bytes, 0, layout, 4, new FrameMac(Key(4))));
        Assert.Equal([false, false, true, true, false], Enumerable.Range(0, 5).Select(id => FrameAuthenticator.Lists(bytes, layout, id)));
    }

    [Fact]
    public void Verifies_AnyPayloadOrHeaderByteFlipped_IsFalseForEveryReceiver()
    {
        byte[] sealedFrame = FrameAuthenticator.Seal(Documented, [2, 3], 2, Keys());
        FrameCodec.TryRead(sealedFrame, 0, sealedFrame.Length, out FrameLayout original);
        for (int i = FrameLimits.HeaderFixedBytes - 18; i < original.SignedLength; i++)
        {
            byte[] flipped = (byte[])sealedFrame.Clone();
            flipped[i] ^= 0x40;
            if (FrameCodec.TryRead(flipped, 0, flipped.Length, out FrameLayout layout) != FrameRejection.None)
            {
                continue;
            }

            Assert.False(FrameAuthenticator.Verifies(flipped, 0, layout, 2, new FrameMac(Key(2))), $"byte {i}");
            Assert.False(FrameAuthenticator.Verifies(flipped, 0, layout, 3, new FrameMac(Key(3))), $"byte {i}");
        }
    }

    [Fact]
    public void Verifies_FrameSealedForOneReceiver_IsFalse()
    {
        byte[] single = new FrameMac(Key(2)).Seal(Documented);
        FrameCodec.TryRead(single, 0, single.Length, out FrameLayout layout);

        Assert.False(FrameAuthenticator.Verifies(single, 0, layout, 2, new FrameMac(Key(2))));
        Assert.False(FrameAuthenticator.Lists(single, layout, 2));
    }

    private static byte[] Key(int receiver) => [.. Enumerable.Repeat((byte)receiver, FrameMac.KeyBytes)];

    private static LinkKeys Keys()
    {
        var keys = new LinkKeys();
        keys.Set(2, Key(2));
        keys.Set(3, Key(3));
        return keys;
    }
}
