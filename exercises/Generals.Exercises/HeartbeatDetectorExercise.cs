using Generals.Core.Detection;

namespace Generals.Exercises
{
    /// <summary>
    /// Exercise 2: a heartbeat failure detector for one monitored peer. The General sends heartbeats every interval and
    /// hands each arrival of the peer's to this detector; it reports Suspect when <see cref="Suspects"/> turns true and Trust
    /// when it turns false again. Concepts: remember the last arrival, suspect after a timeout without one, trust again on
    /// the next heartbeat, and say when to look again. Graded by `generals grade . --lab 2`; the kit's answer is
    /// Generals.Core.Detection.FixedTimeoutDetector. As shipped it never suspects: the completeness checks fail.
    /// </summary>
    public sealed class HeartbeatDetectorExercise : IFailureDetector
    {
        private readonly long _timeoutMs;
        private long _lastArrivalMs;

        /// <summary>A detector with the timeout of the harness's StartDetector, in milliseconds.</summary>
        public HeartbeatDetectorExercise(long timeoutMs)
        {
            _timeoutMs = timeoutMs;
        }

        /// <inheritdoc/>
        public long LastArrivalMs
        {
            get { return _lastArrivalMs; }
        }

        /// <inheritdoc/>
        public void Reset(long nowMs)
        {
            _lastArrivalMs = nowMs;
        }

        /// <inheritdoc/>
        public void Heartbeat(long nowMs)
        {
            _lastArrivalMs = nowMs;
        }

        /// <inheritdoc/>
        public bool Suspects(long nowMs)
        {
            // When has the peer been silent for too long? (_timeoutMs is the harness's timeout.)
            return false;
        }

        /// <inheritdoc/>
        public long NextCheckMs(long nowMs)
        {
            // The earliest time Suspects may turn true without another heartbeat (long.MaxValue: never).
            return long.MaxValue;
        }
    }
}
