namespace Generals.Core.Runtime
{
    /// <summary>Min and max of 64-bit integers: nanoFramework's System.Math has only int and double overloads.</summary>
    public static class Longs
    {
        /// <summary>The smaller of two values.</summary>
        public static long Min(long a, long b)
        {
            return a < b ? a : b;
        }

        /// <summary>The larger of two values.</summary>
        public static long Max(long a, long b)
        {
            return a > b ? a : b;
        }
    }
}
