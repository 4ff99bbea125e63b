using System;
using Generals.Core.Runtime;

namespace Generals.Core.Detection
{
    /// <summary>
    /// A timeout detector that learns: each heartbeat that arrives from a peer it suspected (a false suspicion)
    /// adds a step to the timeout, up to a maximum. Under partial synchrony the timeout eventually exceeds the
    /// post-GST gap between heartbeats, so mistakes stop: an eventually perfect detector.
    /// </summary>
    public sealed class AdaptiveTimeoutDetector : IFailureDetector
    {
        private readonly AdaptiveTimeoutSettings _settings;
        private long _timeoutMs;
        private long _lastArrivalMs;
        private int _falseSuspicions;

        /// <summary>Creates a detector at its initial timeout; monitoring starts at time 0 until <see cref="Reset"/>.</summary>
        public AdaptiveTimeoutDetector(AdaptiveTimeoutSettings settings)
        {
            Check.NotNull(settings, "settings");
            _settings = settings;
            _timeoutMs = settings.InitialTimeoutMs;
        }

        /// <summary>The current timeout, in milliseconds.</summary>
        public long TimeoutMs
        {
            get { return _timeoutMs; }
        }

        /// <summary>How many false suspicions grew the timeout so far (all incarnations).</summary>
        public int FalseSuspicions
        {
            get { return _falseSuspicions; }
        }

        /// <inheritdoc/>
        public long LastArrivalMs
        {
            get { return _lastArrivalMs; }
        }

        /// <summary>
        /// Starts afresh at <paramref name="nowMs"/>. The learned timeout is kept: it measures the network, which a
        /// new incarnation of the peer does not change, and keeping it bounds the total number of mistakes.
        /// </summary>
        public void Reset(long nowMs)
        {
            _lastArrivalMs = nowMs;
        }

        /// <inheritdoc/>
        public void Heartbeat(long nowMs)
        {
            if (Suspects(nowMs))
            {
                // The peer is alive after all: the timeout was too short for this network.
                _falseSuspicions++;
                _timeoutMs = Longs.Min(_timeoutMs + _settings.IncreaseStepMs, _settings.TimeoutMaxMs);
            }

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
