using System;
using Generals.Core.Runtime;

namespace Generals.Core.Detection
{
    /// <summary>Suspects the peer when more than a fixed timeout has passed since its last heartbeat.</summary>
    public sealed class FixedTimeoutDetector : IFailureDetector
    {
        private readonly long _timeoutMs;
        private long _lastArrivalMs;

        /// <summary>Creates a detector whose monitoring starts at time 0; call <see cref="Reset"/> to start later.</summary>
        public FixedTimeoutDetector(long timeoutMs)
        {
            Check.That(timeoutMs > 0, "timeout is positive");
            _timeoutMs = timeoutMs;
        }

        /// <summary>The timeout, in milliseconds.</summary>
        public long TimeoutMs
        {
            get { return _timeoutMs; }
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
            // Arrival times come from a monotonic clock; the max only guards against a runtime handing an older time.
            _lastArrivalMs = Longs.Max(_lastArrivalMs, nowMs);
        }

        /// <inheritdoc/>
        public bool Suspects(long nowMs)
        {
            return nowMs - _lastArrivalMs > _timeoutMs;
        }

        /// <inheritdoc/>
        public long NextCheckMs(long nowMs)
        {
            return Suspects(nowMs) ? long.MaxValue : _lastArrivalMs + _timeoutMs + 1;
        }
    }
}
