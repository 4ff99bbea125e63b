namespace Generals.Harness.Runs;

/// <summary>Seeds derived from one run seed, so that a sweep or a search replays from the seed it printed.</summary>
public static class SeedMix
{
    /// <summary>The seed of part <paramref name="index"/> (SplitMix64 of the seed and the index).</summary>
    public static ulong Derive(ulong seed, long index)
    {
        ulong z = unchecked(seed + ((ulong)(index + 1) * 0x9E3779B97F4A7C15UL));
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
