using Generals.Core.Runtime;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// The synchronous round model of one instance, in the General's clock: round r (0-based) starts at
    /// start + r * roundMs, when its messages are sent, and ends at start + (r + 1) * roundMs, its deadline. A
    /// message for round r counts only if it arrives strictly before that deadline; otherwise it is absent.
    /// </summary>
    public sealed class RoundSchedule
    {
        private long _startMs;

        /// <summary>Creates the schedule of <paramref name="rounds"/> rounds of <paramref name="roundMs"/> from <paramref name="startMs"/>.</summary>
        public RoundSchedule(long startMs, int roundMs, int rounds)
        {
            Check.That(roundMs > 0, "rounds last at least 1 ms");
            Check.That(rounds > 0, "at least one round");
            _startMs = startMs;
            RoundMs = roundMs;
            Rounds = rounds;
        }

        /// <summary>When round 0 starts.</summary>
        public long StartMs
        {
            get { return _startMs; }
        }

        /// <summary>The known bound on one round (message delay plus processing).</summary>
        public int RoundMs { get; }

        /// <summary>How many rounds the instance has.</summary>
        public int Rounds { get; }

        /// <summary>When the messages of <paramref name="round"/> are sent.</summary>
        public long SendMs(int round)
        {
            return _startMs + ((long)round * RoundMs);
        }

        /// <summary>The deadline of <paramref name="round"/>: its messages must arrive before this time.</summary>
        public long DeadlineMs(int round)
        {
            return _startMs + ((long)(round + 1) * RoundMs);
        }

        /// <summary>The deadline of the last round, when the generals decide.</summary>
        public long EndMs
        {
            get { return DeadlineMs(Rounds - 1); }
        }

        /// <summary>True when a message of <paramref name="round"/> arriving at <paramref name="nowMs"/> is on time.</summary>
        public bool OnTime(int round, long nowMs)
        {
            return nowMs < DeadlineMs(round);
        }

        /// <summary>Moves the whole schedule so that round 0 starts at <paramref name="startMs"/> (clock resync after a reboot).</summary>
        public void Rebase(long startMs)
        {
            _startMs = startMs;
        }
    }
}
