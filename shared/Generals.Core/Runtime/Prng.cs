namespace Generals.Core.Runtime
{
    /// <summary>
    /// The kit's seeded pseudo-random generator: xoshiro128** over 32-bit words, seeded from a 64-bit seed
    /// by a splitmix32 expansion. Specified bit for bit in docs/prng.md so that host and board produce the
    /// same sequence for the same seed; it uses only 32-bit add, xor, shift, rotate and multiply.
    /// </summary>
    public sealed class Prng
    {
        private const uint Golden = 0x9E3779B9;
        private uint _s0;
        private uint _s1;
        private uint _s2;
        private uint _s3;

        /// <summary>Seeds the generator; every 64-bit seed gives a distinct, reproducible sequence.</summary>
        public Prng(ulong seed)
        {
            uint low = (uint)(seed & 0xFFFFFFFF);
            uint high = (uint)(seed >> 32);
            unchecked
            {
                low += Golden;
                _s0 = Mix(low);
                low += Golden;
                _s1 = Mix(low);
                high += Golden;
                _s2 = Mix(high ^ 0x6A09E667);
                high += Golden;
                _s3 = Mix(high ^ 0xBB67AE85);
            }

            if ((_s0 | _s1 | _s2 | _s3) == 0)
            {
                _s0 = 1;
            }
        }

        /// <summary>The next 32 uniformly distributed bits.</summary>
        public uint NextUInt()
        {
            unchecked
            {
                uint result = RotateLeft(_s1 * 5, 7) * 9;
                uint t = _s1 << 9;
                _s2 ^= _s0;
                _s3 ^= _s1;
                _s1 ^= _s2;
                _s0 ^= _s3;
                _s2 ^= t;
                _s3 = RotateLeft(_s3, 11);
                return result;
            }
        }

        /// <summary>A uniform integer in [0, <paramref name="bound"/>); unbiased by rejection.</summary>
        public uint NextBelow(uint bound)
        {
            Check.That(bound > 0, "bound must be positive");
            uint threshold = unchecked(0u - bound) % bound;

            // Each draw is rejected with probability below 1/2, so the loop ends after two draws on average.
            while (true)
            {
                uint r = NextUInt();
                if (r >= threshold)
                {
                    return r % bound;
                }
            }
        }

        /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
        public int NextInRange(int min, int max)
        {
            Check.That(max >= min, "max must not be below min");
            uint span = unchecked((uint)(max - min) + 1u);
            if (span == 0)
            {
                return unchecked((int)NextUInt());
            }

            return unchecked(min + (int)NextBelow(span));
        }

        /// <summary>A uniform double in [0, 1) with 24 bits of precision, exact on every runtime.</summary>
        public double NextUnit()
        {
            return (NextUInt() >> 8) * (1.0 / 16777216.0);
        }

        /// <summary>True with probability <paramref name="probability"/> (0 never, 1 always).</summary>
        public bool Chance(double probability)
        {
            if (probability <= 0)
            {
                return false;
            }

            return probability >= 1 || NextUnit() < probability;
        }

        /// <summary>A new generator whose seed is drawn from this one: independent streams per purpose.</summary>
        public Prng Fork()
        {
            ulong high = NextUInt();
            ulong low = NextUInt();
            return new Prng((high << 32) | low);
        }

        private static uint Mix(uint z)
        {
            unchecked
            {
                z ^= z >> 16;
                z *= 0x85EBCA6B;
                z ^= z >> 13;
                z *= 0xC2B2AE35;
                z ^= z >> 16;
                return z;
            }
        }

        private static uint RotateLeft(uint value, int bits)
        {
            return (value << bits) | (value >> (32 - bits));
        }
    }
}
