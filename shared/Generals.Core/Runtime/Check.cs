namespace Generals.Core.Runtime
{
    /// <summary>
    /// Assertions for what we must never break (a bug), kept apart from rejections of bad input (a peer's fault),
    /// which are typed results and counters, never exceptions.
    /// </summary>
    public static class Check
    {
        /// <summary>Fails loudly when an invariant of our own code does not hold.</summary>
        public static void That(bool condition, string what)
        {
            if (!condition)
            {
                throw new InvariantViolationException(what);
            }
        }

        /// <summary>Fails loudly when a required argument is null.</summary>
        public static void NotNull(object value, string name)
        {
            if (value == null)
            {
                throw new System.ArgumentNullException(name);
            }
        }

        /// <summary>Fails loudly when <paramref name="value"/> is outside [min, max].</summary>
        public static void InRange(long value, long min, long max, string name)
        {
            if (value < min || value > max)
            {
                throw new System.ArgumentOutOfRangeException(name);
            }
        }
    }
}
