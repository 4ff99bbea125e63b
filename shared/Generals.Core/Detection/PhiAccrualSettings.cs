using Generals.Core.Runtime;

namespace Generals.Core.Detection
{
    /// <summary>The parameters of a <see cref="PhiAccrualDetector"/>; <see cref="Akka"/> is the preset production systems use.</summary>
    public sealed class PhiAccrualSettings
    {
        /// <summary>Akka's defaults: threshold 8, 1000 samples, min std dev 100 ms, pause 3 s, first estimate 1 s.</summary>
        public static readonly PhiAccrualSettings Akka = new PhiAccrualSettings(8.0, 1000, 100, 3000, 1000);

        /// <summary>Creates settings.</summary>
        public PhiAccrualSettings(double threshold, int windowSize, long minStdDeviationMs, long acceptableHeartbeatPauseMs,
            long firstHeartbeatEstimateMs)
        {
            Check.That(threshold > 0, "phi threshold is positive");
            Check.InRange(windowSize, 2, IntervalWindow.CapacityMax, "windowSize");
            Check.That(minStdDeviationMs > 0, "minimum standard deviation is positive");
            Check.That(acceptableHeartbeatPauseMs >= 0, "acceptable pause is not negative");
            Check.That(firstHeartbeatEstimateMs > 0, "first heartbeat estimate is positive");
            Threshold = threshold;
            WindowSize = windowSize;
            MinStdDeviationMs = minStdDeviationMs;
            AcceptableHeartbeatPauseMs = acceptableHeartbeatPauseMs;
            FirstHeartbeatEstimateMs = firstHeartbeatEstimateMs;
        }

        /// <summary>Suspect when phi reaches this: 8 means a 1e-8 chance that a heartbeat is merely late.</summary>
        public double Threshold { get; }

        /// <summary>How many inter-arrival intervals the estimate uses.</summary>
        public int WindowSize { get; }

        /// <summary>A floor on the standard deviation, so very regular heartbeats do not make phi hair-triggered.</summary>
        public long MinStdDeviationMs { get; }

        /// <summary>Added to the mean interval: a pause this long (a GC, a network hiccup) is not suspicious.</summary>
        public long AcceptableHeartbeatPauseMs { get; }

        /// <summary>The interval assumed before the first real one is measured (normally the heartbeat interval).</summary>
        public long FirstHeartbeatEstimateMs { get; }

        /// <summary>These settings with another first-heartbeat estimate and acceptable pause.</summary>
        public PhiAccrualSettings With(long firstHeartbeatEstimateMs, long acceptableHeartbeatPauseMs)
        {
            return new PhiAccrualSettings(Threshold, WindowSize, MinStdDeviationMs, acceptableHeartbeatPauseMs,
                firstHeartbeatEstimateMs);
        }
    }
}
