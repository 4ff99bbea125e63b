using Generals.Core.Runtime;

namespace Generals.Core.Detection
{
    /// <summary>The timeouts of an <see cref="AdaptiveTimeoutDetector"/>, named so that no two get swapped.</summary>
    public sealed class AdaptiveTimeoutSettings
    {
        /// <summary>Creates settings; the initial timeout must not exceed the maximum.</summary>
        public AdaptiveTimeoutSettings(long initialTimeoutMs, long increaseStepMs, long timeoutMaxMs)
        {
            Check.That(initialTimeoutMs > 0, "initial timeout is positive");
            Check.That(increaseStepMs > 0, "increase step is positive");
            Check.That(timeoutMaxMs >= initialTimeoutMs, "maximum timeout is at least the initial one");
            InitialTimeoutMs = initialTimeoutMs;
            IncreaseStepMs = increaseStepMs;
            TimeoutMaxMs = timeoutMaxMs;
        }

        /// <summary>The timeout before any false suspicion.</summary>
        public long InitialTimeoutMs { get; }

        /// <summary>Added to the timeout at each false suspicion.</summary>
        public long IncreaseStepMs { get; }

        /// <summary>
        /// The timeout never grows beyond this, so a partition before GST cannot push detection time without
        /// bound; it must exceed the heartbeat interval plus the delay spread after GST for eventual accuracy.
        /// </summary>
        public long TimeoutMaxMs { get; }
    }
}
