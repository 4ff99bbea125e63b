using Generals.Core.Crypto;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Crypto;

/// <summary>
/// Core's SHA-256 counts its compressions into a <see cref="Sha256Counter"/> when given one (the simulator's cost report): the
/// counts follow FIPS 180-4's padding (a message of n bytes takes ceil((n + 9) / 64) blocks), and counting changes no digest.
/// </summary>
public class Sha256CounterTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(55, 1)]
    [InlineData(56, 2)]
    [InlineData(119, 2)]
    [InlineData(120, 3)]
    public void Sha256_MessageOfSomeBytes_CountsItsPaddedBlocks(int bytes, long expected)
    {
        var counter = new Sha256Counter();
        byte[] message = new byte[bytes];

        byte[] digest = Sha256.Hash(counter.NewHash(), message, 0, bytes);

        Assert.Equal(expected, counter.Compressions);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(message), digest);
    }

    [Fact]
    public void HmacSha256_ShortMessages_CountTwoForTheKeyThenTwoPerTag()
    {
        var counter = new Sha256Counter();
        var mac = new HmacSha256(new byte[32], counter);
        long afterKey = counter.Compressions;

        mac.Compute(new byte[20], 0, 20);
        mac.Compute(new byte[20], 0, 20);

        Assert.Equal(2, afterKey);
        Assert.Equal(2 + (2 * 2), counter.Compressions);
    }

    [Fact]
    public void LinkKeys_CountedBy_GivesTheSameTagsAndCountsOnlyTheCountedCopy()
    {
        var keys = new LinkKeys();
        keys.Set(2, Enumerable.Range(0, FrameMac.KeyBytes).Select(i => (byte)i).ToArray());
        var counter = new Sha256Counter();
        LinkKeys counted = keys.CountedBy(counter);
        var frame = new Frame(FrameKind.Data, "lab", new FrameRoute(1, 2), new FrameStamp(1, 1, 0, 0), new byte[4]);

        byte[] plain = keys.MacFor(2).Seal(frame);
        long afterPlain = counter.Compressions;
        byte[] sealedCounted = counted.MacFor(2).Seal(frame);

        Assert.Equal(plain, sealedCounted);
        Assert.Equal(0, afterPlain);
        Assert.Equal(2, counter.Compressions);
        Assert.Null(counted.MacFor(3));
    }

    [Fact]
    public void LmsScheme_CountedHashes_SignAndVerifyCountEveryBlockTheirHashesFinalise()
    {
        var counter = new Sha256Counter();
        var blocks = new BlockTally();
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W4);
        var signer = new LmsSigner(store, () => new TalliedSha256(counter, blocks));
        LmsKeyRing ring = new(() => new TalliedSha256(counter, blocks));
        Assert.True(ring.Add(1, publicKey));
        byte[] message = new byte[100];

        byte[] signature = signer.Sign(message);
        Assert.Equal(SignatureCheck.Valid, ring.Verify(1, message, signature));

        Assert.True(counter.Compressions > 500, $"an LMS signature and its check take hundreds of compressions, counted {counter.Compressions}");
        Assert.Equal(blocks.Blocks, counter.Compressions);
    }

    private sealed class BlockTally
    {
        public long Blocks { get; set; }
    }

    // Core's hash, counted inside by the counter and, independently, from the bytes each digest covered.
    private sealed class TalliedSha256(Sha256Counter counter, BlockTally tally) : ISha256
    {
        private readonly Sha256 _hash = new(counter);
        private long _bytes;

        public void Reset()
        {
            _hash.Reset();
            _bytes = 0;
        }

        public void Update(byte[] data, int offset, int count)
        {
            _hash.Update(data, offset, count);
            _bytes += count;
        }

        public void Final(byte[] output, int offset)
        {
            _hash.Final(output, offset);
            tally.Blocks += (_bytes + 9 + 63) / 64;
            _bytes = 0;
        }
    }
}
