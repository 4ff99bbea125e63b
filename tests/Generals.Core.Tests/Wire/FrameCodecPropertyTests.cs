using CsCheck;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Wire;

public class FrameCodecPropertyTests
{
    private static readonly Gen<string> GenKit =
        Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"].Array[1, FrameLimits.KitBytesMax].Select(c => new string(c));

    private static readonly Gen<FrameStamp> GenStamp =
        Gen.Select(Gen.UInt, Gen.UInt, Gen.UInt, Gen.Int[0, FrameLimits.RoundMax], (a, b, c, d) => new FrameStamp(a, b, c, d));

    private static readonly Gen<Frame> GenFrame =
        Gen.Select(
            Gen.Int[1, 6], GenKit, Gen.Int[0, FrameLimits.GeneralIdMax], Gen.Int[0, FrameLimits.Broadcast], GenStamp,
            Gen.Byte.Array[0, 300], Gen.Int[0, 3], Gen.Byte.Array[1, 200],
            (kind, kit, from, to, stamp, payload, scheme, sig) =>
            {
                var frame = new Frame((FrameKind)kind, kit, new FrameRoute(from, to), stamp, payload);
                return scheme == 0 ? frame : frame.WithSignature((SignatureScheme)scheme, sig);
            });

    [Fact]
    public void Decode_EncodedValidFrame_ReturnsEqualFrame()
    {
        GenFrame.Sample(frame =>
        {
            byte[] bytes = FrameCodec.Encode(frame);
            Assert.Equal(FrameCodec.EncodedLength(frame), bytes.Length);
            Assert.Equal(FrameRejection.None, FrameCodec.TryDecode(bytes, out Frame decoded));
            Assert.True(frame.SameAs(decoded));
        }, iter: 5_000);
    }

    [Fact]
    public void TryRead_EncodedValidFrame_LaysOutEveryFieldWithoutAllocating()
    {
        byte[] warmUp = FrameCodec.Encode(new Frame(FrameKind.Data, "lab", new FrameRoute(1, 2), FrameStamp.Zero, [1]));
        for (int i = 0; i < 100; i++)
        {
            FrameCodec.TryRead(warmUp, 0, warmUp.Length, out _);
        }

        GenFrame.Sample(frame =>
        {
            byte[] bytes = FrameCodec.Encode(frame);
            long before = GC.GetAllocatedBytesForCurrentThread();
            FrameRejection rejection = FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout layout);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(FrameRejection.None, rejection);
            Assert.Equal(0, allocated);
            Assert.Equal((frame.Kind, frame.Route.From, frame.Route.To), (layout.Kind, layout.From, layout.To));
            Assert.Equal((frame.Stamp.Incarnation, frame.Stamp.Sequence, frame.Stamp.Instance, frame.Stamp.Round),
                (layout.Incarnation, layout.Sequence, layout.Instance, layout.Round));
            Assert.Equal(frame.Payload, bytes[layout.PayloadOffset..(layout.PayloadOffset + layout.PayloadLength)]);
            Assert.Equal(frame.Kit, System.Text.Encoding.ASCII.GetString(bytes, layout.KitOffset, layout.KitLength));
            Assert.Equal(frame.Scheme, layout.Scheme);
        }, iter: 2_000);
    }

    [Fact]
    public void TryDecode_ValidFrameWithItsSenderSetToBroadcast_IsBadSender()
    {
        GenFrame.Sample(frame =>
        {
            byte[] bytes = FrameCodec.Encode(frame);
            Bytes.WriteUInt16(bytes, FrameCodec.SenderOffset(bytes), FrameLimits.Broadcast);

            Assert.Equal(FrameRejection.BadSender, FrameCodec.TryDecode(bytes, out Frame decoded));
            Assert.Null(decoded);
        }, iter: 2_000);
    }

    [Fact]
    public void TryDecode_ValidFrameWithAnyOtherVersionByte_IsUnsupportedVersion()
    {
        Gen.Select(GenFrame, Gen.Byte.Where(b => b != FrameLimits.Version), (frame, version) => (frame, version)).Sample(pair =>
        {
            byte[] bytes = FrameCodec.Encode(pair.frame);
            bytes[0] = pair.version;

            Assert.Equal(FrameRejection.UnsupportedVersion, FrameCodec.TryDecode(bytes, out _));
        }, iter: 2_000);
    }

    [Fact]
    public void Decode_RandomBytes_NeverThrowsAndAllocatesBoundedly()
    {
        Gen.Byte.Array[0, 2_000].Sample(AssertTotalAndBounded, iter: 20_000);
    }

    [Fact]
    public void Decode_MutatedValidFrames_NeverThrowsAndAllocatesBoundedly()
    {
        Gen.Select(GenFrame, Gen.Int[0, 10_000], Gen.Byte, Gen.Int[0, 3], (frame, position, value, mutation) =>
        {
            byte[] bytes = FrameCodec.Encode(frame);
            int at = position % bytes.Length;
            return mutation switch
            {
                0 => Flip(bytes, at, value),
                1 => bytes[..at],
                2 => [.. bytes, value],
                _ => Flip(Flip(bytes, at, value), (at * 7) % bytes.Length, (byte)~value),
            };
        }).Sample(AssertTotalAndBounded, iter: 20_000);
    }

    [Fact]
    public void Decode_HugeInput_RejectsWithoutReadingOrAllocating()
    {
        byte[] huge = new byte[1_000_000];
        huge[0] = FrameLimits.Version;
        const int Calls = 10_000;
        long before = GC.GetAllocatedBytesForCurrentThread();

        int tooLong = 0;
        for (int i = 0; i < Calls; i++)
        {
            tooLong += FrameCodec.TryDecode(huge, out _) == FrameRejection.TooLong ? 1 : 0;
        }

        // The runtime may allocate a little once while it warms up; the decoder itself allocates nothing.
        Assert.Equal(Calls, tooLong);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, Calls - 1);
    }

    private static byte[] Flip(byte[] bytes, int at, byte value)
    {
        bytes[at] ^= value == 0 ? (byte)1 : value;
        return bytes;
    }

    private static void AssertTotalAndBounded(byte[] bytes)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        FrameRejection rejection = FrameCodec.TryDecode(bytes, out Frame frame);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Besides the copied payload, signature and kit, a frame costs a few small objects.
        Assert.InRange(allocated, 0, Math.Min(bytes.Length, FrameLimits.FrameBytesMax) + 512);
        Assert.Equal(rejection == FrameRejection.None, frame != null);
    }
}
