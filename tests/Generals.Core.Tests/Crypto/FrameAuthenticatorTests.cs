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
    public void Seal_DocumentedWideIdsFrame_ReproducesTheVectorBytes()
    {
        var frame = new Frame(FrameKind.Protocol, "lab", new FrameRoute(1000, FrameLimits.Broadcast), new FrameStamp(1, 6, 3, 1), [2, 3]);
        var keys = new LinkKeys();
        keys.Set(256, [.. Enumerable.Repeat((byte)0xaa, FrameMac.KeyBytes)]);
        keys.Set(4660, [.. Enumerable.Repeat((byte)0xbb, FrameMac.KeyBytes)]);

        byte[] sealedFrame = FrameAuthenticator.Seal(frame, [256, 4660], 2, keys);

        Assert.Equal(WireVectors.Get("protocol-authenticator-wide-ids").Hex, Convert.ToHexStringLower(sealedFrame));
    }

    [Fact]
    public void Lists_WideIdsVector_NamesOnlyTheTwoByteIdsNotTheirLowBytes()
    {
        byte[] bytes = Convert.FromHexString(WireVectors.Get("protocol-authenticator-wide-ids").Hex);
        Assert.Equal(FrameRejection.None, FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout layout));

        Assert.Equal(2, FrameAuthenticator.Entries(layout));
        Assert.Equal([256, 4660], new[] { FrameAuthenticator.ReceiverAt(bytes, layout, 0), FrameAuthenticator.ReceiverAt(bytes, layout, 1) });
        Assert.True(FrameAuthenticator.Lists(bytes, layout, 4660));
        Assert.False(FrameAuthenticator.Lists(bytes, layout, 0x34));
        Assert.False(FrameAuthenticator.Lists(bytes, layout, 0));
    }

    [Fact]
    public void ReceiversMax_IsTheEntriesOneSignatureBlockHolds()
    {
        Assert.Equal(271, FrameAuthenticator.ReceiversMax);
        Assert.True(FrameAuthenticator.ReceiversMax * FrameLimits.AuthenticatorEntryBytes <= FrameLimits.SignatureBytesMax);
        Assert.True((FrameAuthenticator.ReceiversMax + 1) * FrameLimits.AuthenticatorEntryBytes > FrameLimits.SignatureBytesMax);
    }

    [Fact]
    public void Seal_ReceiversMaxWithTheLargestPayload_DecodesAndEveryReceiverVerifies()
    {
        int[] receivers = [.. Enumerable.Range(FrameLimits.GeneralIdMax - FrameAuthenticator.ReceiversMax + 1, FrameAuthenticator.ReceiversMax)];
        var keys = new LinkKeys();
        foreach (int receiver in receivers)
        {
            keys.Set(receiver, WideKey(receiver));
        }

        var frame = new Frame(FrameKind.Protocol, "sixteen-byte-kit", new FrameRoute(1, FrameLimits.Broadcast), new FrameStamp(1, 1, 0, 0),
            new byte[FrameLimits.PayloadBytesMax]);
        byte[] bytes = FrameAuthenticator.Seal(frame, receivers, receivers.Length, keys);

        Assert.Equal(FrameRejection.None, FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout layout));
        Assert.Equal(FrameAuthenticator.ReceiversMax, FrameAuthenticator.Entries(layout));
        Assert.All(receivers, r => Assert.True(FrameAuthenticator.Verifies(bytes, 0, layout, r, new FrameMac(WideKey(r)))));
    }

    [Fact]
    public void Seal_OneReceiverMoreThanABlockHolds_FailsAsOurBug()
    {
        int[] receivers = [.. Enumerable.Range(2, FrameAuthenticator.ReceiversMax + 1)];
        var keys = new LinkKeys();
        foreach (int receiver in receivers)
        {
            keys.Set(receiver, WideKey(receiver));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => FrameAuthenticator.Seal(Documented, receivers, receivers.Length, keys));
    }

    [Fact]
    public void Seal_FromAnOffset_NamesExactlyThoseReceivers()
    {
        int[] receivers = [300, 2, 3, 400];
        var keys = new LinkKeys();
        foreach (int receiver in receivers)
        {
            keys.Set(receiver, WideKey(receiver));
        }

        byte[] bytes = FrameAuthenticator.Seal(Documented, receivers, 1, 2, keys);
        FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout layout);

        Assert.Equal([2, 3], Enumerable.Range(0, FrameAuthenticator.Entries(layout)).Select(i => FrameAuthenticator.ReceiverAt(bytes, layout, i)));
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
        for (int i = 0; i < original.SignedLength; i++)
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

    private static byte[] WideKey(int receiver) => [.. Enumerable.Range(0, FrameMac.KeyBytes).Select(i => (byte)(receiver >> (i % 2 * 8)))];

    private static LinkKeys Keys()
    {
        var keys = new LinkKeys();
        keys.Set(2, Key(2));
        keys.Set(3, Key(3));
        return keys;
    }
}
