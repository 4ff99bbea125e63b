namespace Generals.Core.Node
{
    /// <summary>Counts of rejected inputs by reason since boot.</summary>
    public sealed class NodeCounters
    {
        private const int ReasonsMax = 16;
        private readonly long[] _rejections = new long[ReasonsMax];

        /// <summary>How many inputs were rejected for <paramref name="reason"/>.</summary>
        public long Rejections(RejectReason reason)
        {
            int index = (int)reason;
            return index >= 0 && index < ReasonsMax ? _rejections[index] : 0;
        }

        /// <summary>Every rejection, whatever the reason.</summary>
        public long TotalRejections()
        {
            long total = 0;
            for (int i = 0; i < ReasonsMax; i++)
            {
                total += _rejections[i];
            }

            return total;
        }

        internal void Count(RejectReason reason)
        {
            int index = (int)reason;
            if (index >= 0 && index < ReasonsMax)
            {
                _rejections[index]++;
            }
        }
    }
}
