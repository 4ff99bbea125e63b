namespace Generals.Core.Protocols
{
    /// <summary>
    /// Sizes of OM(m) with n generals: the closed-form message count, what one lieutenant keeps and sends, and the
    /// behaviour space of one traitor (for the explorer's exhaustive search). Results saturate at long.MaxValue.
    /// </summary>
    public static class OralMessagesSpace
    {
        /// <summary>
        /// Messages of a run where everyone follows the protocol: M(n, m) = sum over k = 1..m+1 of
        /// (n-1)(n-2)...(n-k) (round k-1 sends the k-factor product).
        /// </summary>
        public static long MessageCount(int generals, int m)
        {
            long total = 0;
            for (int round = 0; round <= m; round++)
            {
                total = Add(total, MessagesInRound(generals, round));
            }

            return total;
        }

        /// <summary>Messages all generals send in <paramref name="round"/>: (n-1)(n-2)...(n-round-1).</summary>
        public static long MessagesInRound(int generals, int round)
        {
            long product = 1;
            for (int k = 1; k <= round + 1; k++)
            {
                product = Multiply(product, generals - k < 0 ? 0 : generals - k);
            }

            return product;
        }

        /// <summary>Paths of length <paramref name="length"/> a lieutenant can receive: P(n-2, length-1).</summary>
        public static long PathsOfLength(int generals, int length)
        {
            long product = 1;
            for (int k = 0; k < length - 1; k++)
            {
                product = Multiply(product, generals - 2 - k < 0 ? 0 : generals - 2 - k);
            }

            return product;
        }

        /// <summary>Values a lieutenant keeps in one instance: every path of length 1..m+1 without itself.</summary>
        public static long PathsKept(int generals, int m)
        {
            long total = 0;
            for (int length = 1; length <= m + 1; length++)
            {
                total = Add(total, PathsOfLength(generals, length));
            }

            return total;
        }

        /// <summary>Messages one general sends in <paramref name="round"/> (the commander only in round 0, lieutenants after).</summary>
        public static long SendsInRound(int generals, int round, bool commander)
        {
            if (commander)
            {
                return round == 0 ? generals - 1 : 0;
            }

            if (round == 0)
            {
                return 0;
            }

            return Multiply(PathsOfLength(generals, round), generals - 1 - round < 0 ? 0 : generals - 1 - round);
        }

        /// <summary>The messages (slots) one traitor sends in an instance: each an ATTACK-or-RETREAT choice.</summary>
        public static long TraitorSlots(int generals, int m, bool commander)
        {
            long total = 0;
            for (int round = 0; round <= m; round++)
            {
                total = Add(total, SendsInRound(generals, round, commander));
            }

            return total;
        }

        /// <summary>
        /// The behaviours of one traitor in one instance when it chooses ATTACK or RETREAT for every message:
        /// 2^slots (a missing or late message means RETREAT, so these cover silence and lateness too). Run the
        /// traitor as <see cref="TraitorStrategy.Random"/> with parameter <see cref="TraitorPlan.EnumeratedPlans"/>
        /// and plan seeds 0 .. count-1 to cover them all.
        /// </summary>
        public static long TraitorPlanCount(int generals, int m, bool commander)
        {
            long slots = TraitorSlots(generals, m, commander);
            return slots >= 62 ? long.MaxValue : 1L << (int)slots;
        }

        private static long Add(long a, long b)
        {
            return a > long.MaxValue - b ? long.MaxValue : a + b;
        }

        private static long Multiply(long a, long b)
        {
            if (a == 0 || b == 0)
            {
                return 0;
            }

            return a > long.MaxValue / b ? long.MaxValue : a * b;
        }
    }
}
