using CsCheck;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Wire;

/// <summary>The decoder hands back the last kit name it built instead of allocating a new one; never a wrong one.</summary>
[Collection(nameof(FrameCodecKitTests))]
public class FrameCodecKitTests
{
    private static readonly Gen<string> GenKit =
        Gen.Char["ab-"].Array[1, 4].Select(c => new string(c));

    [Fact]
    public void TryDecode_SameKitTwice_ReturnsTheSameStringInstance()
    {
        byte[] first = Encode("lab", sequence: 1);
        byte[] second = Encode("lab", sequence: 2);

        FrameCodec.TryDecode(first, out Frame a);
        FrameCodec.TryDecode(second, out Frame b);

        Assert.Equal("lab", b.Kit);
        Assert.Same(a.Kit, b.Kit);
    }

    [Fact]
    public void TryDecode_KitsInAnyOrder_EachDecodesToItsOwnName()
    {
        // A small alphabet makes neighbours share lengths and prefixes, the cases a stale remembered kit would hit.
        GenKit.Array[2, 8].Sample(kits =>
        {
            for (int i = 0; i < kits.Length; i++)
            {
                Assert.Equal(FrameRejection.None, FrameCodec.TryDecode(Encode(kits[i], (uint)i), out Frame frame));
                Assert.Equal(kits[i], frame.Kit);
            }
        }, iter: 2_000, threads: 1);
    }

    private static byte[] Encode(string kit, uint sequence) =>
        FrameCodec.Encode(new Frame(FrameKind.Data, kit, new FrameRoute(1, 2), new FrameStamp(1, sequence, 0, 0), new byte[3]));
}
