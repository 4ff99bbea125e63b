using Generals.Core.Runtime;

namespace Generals.Core.Detection
{
    /// <summary>
    /// When to send heartbeats: on a grid of one interval from the start, each send delayed by an optional
    /// uniform jitter in [0, jitter]. Staying on the grid keeps the mean rate exactly one per interval; after
    /// a pause the sender sends once and rejoins the grid instead of bursting the missed heartbeats.
    /// </summary>
    public sealed class HeartbeatSender
    {
        /// <summary>Below 10 ms a board would spend its time on heartbeats and the broker on relaying them.</summary>
        public const long IntervalMinMs = 10;

        /// <summary>Ten minutes: beyond it a detector could not tell a crash within any lab run.</summary>
        public const long IntervalMaxMs = 600000;

        private readonly long _intervalMs;
        private readonly int _jitterMs;
        private long _nominalMs;
        private long _nextSendMs;
        private uint _sent;
        private bool _started;

        /// <summary>Creates a sender; the jitter must be below the interval so heartbeats keep their order.</summary>
        public HeartbeatSender(long intervalMs, long jitterMs)
        {
            Check.InRange(intervalMs, IntervalMinMs, IntervalMaxMs, "intervalMs");
            Check.InRange(jitterMs, 0, intervalMs - 1, "jitterMs");
            _intervalMs = intervalMs;
            _jitterMs = (int)jitterMs;
        }

        /// <summary>The heartbeat interval.</summary>
        public long IntervalMs
        {
            get { return _intervalMs; }
        }

        /// <summary>The most a heartbeat is sent after its grid point.</summary>
        public long JitterMs
        {
            get { return _jitterMs; }
        }

        /// <summary>When the next heartbeat is due (<see cref="long.MaxValue"/> before <see cref="Start"/>).</summary>
        public long NextSendMs
        {
            get { return _started ? _nextSendMs : long.MaxValue; }
        }

        /// <summary>How many heartbeats were sent since the start; the last one's number.</summary>
        public uint Sent
        {
            get { return _sent; }
        }

        /// <summary>Starts the grid at <paramref name="nowMs"/>; the first heartbeat is due then (plus jitter).</summary>
        public void Start(long nowMs, Prng random)
        {
            Check.NotNull(random, "random");
            _started = true;
            _sent = 0;
            _nominalMs = nowMs;
            _nextSendMs = nowMs + Jitter(random);
        }

        /// <summary>True when a heartbeat is due at <paramref name="nowMs"/>.</summary>
        public bool IsDue(long nowMs)
        {
            return _started && nowMs >= _nextSendMs;
        }

        /// <summary>Records a heartbeat sent at <paramref name="nowMs"/>, schedules the next, and returns its number (1, 2, ...).</summary>
        public uint RecordSend(long nowMs, Prng random)
        {
            Check.That(_started, "heartbeat sender started");
            Check.NotNull(random, "random");
            _sent++;

            // The next grid point strictly after now, computed directly so a long pause costs no loop.
            long behindMs = nowMs - _nominalMs;
            long steps = behindMs < 0 ? 1 : (behindMs / _intervalMs) + 1;
            _nominalMs += steps * _intervalMs;
            _nextSendMs = _nominalMs + Jitter(random);
            return _sent;
        }

        private int Jitter(Prng random)
        {
            return _jitterMs == 0 ? 0 : random.NextInRange(0, _jitterMs);
        }
    }
}
