using Generals.Core.Runtime;

namespace Generals.Core.Detection
{
    /// <summary>
    /// The last N heartbeat inter-arrival intervals in a ring buffer allocated once, with their sum and sum of
    /// squares kept as exact integers: adding an interval is O(1), never allocates, and never drifts.
    /// </summary>
    public sealed class IntervalWindow
    {
        /// <summary>
        /// Intervals are stored in 16 bits to halve the window's memory on the board (Akka's 1000 samples take
        /// 2 KB per peer). A gap above a minute is already far past any detection threshold, and clamping such
        /// an outlier only keeps it from dominating the variance.
        /// </summary>
        public const int IntervalMaxMs = 65535;

        /// <summary>The largest window: 10,000 samples are 20 KB, a quarter of the board's heap.</summary>
        public const int CapacityMax = 10000;

        private readonly ushort[] _intervals;
        private int _count;
        private int _next;
        private long _sum;
        private long _sumOfSquares;

        /// <summary>Creates an empty window holding at most <paramref name="capacity"/> intervals.</summary>
        public IntervalWindow(int capacity)
        {
            Check.InRange(capacity, 2, CapacityMax, "capacity");
            _intervals = new ushort[capacity];
        }

        /// <summary>The most intervals kept; the oldest is dropped beyond it.</summary>
        public int Capacity
        {
            get { return _intervals.Length; }
        }

        /// <summary>How many intervals are held.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>The mean of the held intervals in milliseconds (0 when empty).</summary>
        public double MeanMs
        {
            get { return _count == 0 ? 0 : (double)_sum / _count; }
        }

        /// <summary>The population variance of the held intervals in ms squared (0 when empty).</summary>
        public double VarianceMs2
        {
            get
            {
                if (_count == 0)
                {
                    return 0;
                }

                double mean = (double)_sum / _count;
                double variance = ((double)_sumOfSquares / _count) - (mean * mean);

                // Rounding of the two large terms can leave a tiny negative value for constant intervals.
                return variance > 0 ? variance : 0;
            }
        }

        /// <summary>Forgets every interval.</summary>
        public void Clear()
        {
            _count = 0;
            _next = 0;
            _sum = 0;
            _sumOfSquares = 0;
        }

        /// <summary>Adds an interval (clamped to [0, <see cref="IntervalMaxMs"/>]), dropping the oldest when full.</summary>
        public void Add(long intervalMs)
        {
            if (intervalMs < 0)
            {
                intervalMs = 0;
            }
            else if (intervalMs > IntervalMaxMs)
            {
                intervalMs = IntervalMaxMs;
            }

            if (_count == _intervals.Length)
            {
                long oldest = _intervals[_next];
                _sum -= oldest;
                _sumOfSquares -= oldest * oldest;
            }
            else
            {
                _count++;
            }

            _intervals[_next] = (ushort)intervalMs;
            _sum += intervalMs;
            _sumOfSquares += intervalMs * intervalMs;
            _next = _next + 1 == _intervals.Length ? 0 : _next + 1;
        }
    }
}
