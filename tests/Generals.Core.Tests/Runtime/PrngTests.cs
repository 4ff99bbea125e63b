using Generals.Core.Runtime;

namespace Generals.Core.Tests.Runtime;

public class PrngTests
{
    // Produced by the independent Python reference in docs/prng.md; a board must print the same.
    [Theory]
    [InlineData(0UL, new uint[] { 0xe308dc58, 0x647d1538, 0x9348a00f, 0x2245d0ec, 0x7eb2235b, 0x9cc9190e })]
    [InlineData(1UL, new uint[] { 0x9190299e, 0x54d84001, 0x85a8a0e0, 0x7fca7a37, 0x601e52ca, 0xa290a1dd })]
    [InlineData(42UL, new uint[] { 0xa91e1cac, 0xca91cbdb, 0x368d2063, 0x752ade7e, 0x9078b605, 0x5dc8c528 })]
    [InlineData(0xDEADBEEFCAFEF00DUL, new uint[] { 0x4746df86, 0xff36776c, 0x6a290f44, 0x1bc07569, 0xe997f8c0, 0xc665f20d })]
    [InlineData(ulong.MaxValue, new uint[] { 0x31d28326, 0x35ecc674, 0x59baf620, 0x2c99e2b4, 0xfc96f5e9, 0x58504366 })]
    public void NextUInt_ReferenceSeed_MatchesReferenceVector(ulong seed, uint[] expected)
    {
        var prng = new Prng(seed);

        uint[] actual = expected.Select(_ => prng.NextUInt()).ToArray();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void NextBelow_ManyDraws_StaysInBoundAndHitsEveryValue()
    {
        var prng = new Prng(7);
        var seen = new bool[10];

        for (int i = 0; i < 10_000; i++)
        {
            uint value = prng.NextBelow(10);
            Assert.InRange(value, 0u, 9u);
            seen[value] = true;
        }

        Assert.All(seen, Assert.True);
    }

    [Fact]
    public void NextUnit_ManyDraws_InHalfOpenUnitIntervalWithMeanNearHalf()
    {
        var prng = new Prng(9);
        double sum = 0;
        for (int i = 0; i < 100_000; i++)
        {
            double u = prng.NextUnit();
            Assert.InRange(u, 0.0, 0.99999995);
            sum += u;
        }

        Assert.InRange(sum / 100_000, 0.49, 0.51);
    }

    [Fact]
    public void Fork_SameParentSeed_GivesSameChildSequence()
    {
        Prng a = new Prng(5).Fork();
        Prng b = new Prng(5).Fork();

        Assert.Equal(Enumerable.Range(0, 8).Select(_ => a.NextUInt()), Enumerable.Range(0, 8).Select(_ => b.NextUInt()));
    }

    [Fact]
    public void Chance_ZeroAndOne_AreNeverAndAlways()
    {
        var prng = new Prng(3);

        Assert.DoesNotContain(true, Enumerable.Range(0, 1000).Select(_ => prng.Chance(0)));
        Assert.DoesNotContain(false, Enumerable.Range(0, 1000).Select(_ => prng.Chance(1)));
    }

    [Fact]
    public void NextInRange_FullIntRange_DoesNotThrow()
    {
        var prng = new Prng(11);

        int value = prng.NextInRange(int.MinValue, int.MaxValue);

        Assert.InRange(value, int.MinValue, int.MaxValue);
        Assert.InRange(prng.NextInRange(-3, 3), -3, 3);
    }
}
