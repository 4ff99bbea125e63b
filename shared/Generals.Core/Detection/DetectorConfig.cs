using Generals.Core.Node;
using Generals.Core.Runtime;

namespace Generals.Core.Detection
{
    /// <summary>
    /// What a StartDetector command asks for, validated: [detectorKind, heartbeatIntervalMs, timeoutMs, jitterMs].
    /// For the fixed and adaptive detectors timeoutMs is the (initial) timeout; for phi accrual it is the
    /// acceptable heartbeat pause (0 keeps the Akka preset's 3 s) and the heartbeat interval is the first estimate.
    /// </summary>
    public sealed class DetectorConfig
    {
        /// <summary>The name of the persisted record, so a General resumes its heartbeats after a power cut.</summary>
        public const string RecordName = "detector";

        /// <summary>Ten minutes: a longer timeout would not detect a crash within any lab run.</summary>
        public const long TimeoutMaxMs = 600000;

        /// <summary>
        /// The adaptive timeout grows by one heartbeat interval per false suspicion, at most this many times, so
        /// detection time stays bounded (timeout + 64 intervals) however long the asynchronous period before GST.
        /// </summary>
        public const int AdaptiveStepsMax = 64;

        private DetectorConfig(DetectorKind kind, long heartbeatIntervalMs, long timeoutMs, long jitterMs)
        {
            Kind = kind;
            HeartbeatIntervalMs = heartbeatIntervalMs;
            TimeoutMs = timeoutMs;
            JitterMs = jitterMs;
        }

        /// <summary>Which detector to run for every peer.</summary>
        public DetectorKind Kind { get; }

        /// <summary>How often this General sends a heartbeat.</summary>
        public long HeartbeatIntervalMs { get; }

        /// <summary>The timeout (fixed, adaptive initial) or acceptable pause (phi; 0 for the preset).</summary>
        public long TimeoutMs { get; }

        /// <summary>The most each heartbeat is sent late, uniformly drawn.</summary>
        public long JitterMs { get; }

        /// <summary>The config a StartDetector command describes, or null when its arguments are out of range.</summary>
        public static DetectorConfig FromCommand(StartDetectorCommand command)
        {
            Check.NotNull(command, "command");
            return TryCreate(command.Kind, command.HeartbeatIntervalMs, command.TimeoutMs, command.JitterMs);
        }

        /// <summary>The config in a persisted record, or null when the record is absent or malformed.</summary>
        public static DetectorConfig FromRecord(byte[] record)
        {
            int kind;
            long[] values = ValueRecord.TryDecode(record, out kind);
            if (values == null || values.Length != 3)
            {
                return null;
            }

            return TryCreate(kind, values[0], values[1], values[2]);
        }

        /// <summary>A validated config, or null when any argument is out of range.</summary>
        public static DetectorConfig TryCreate(long kind, long heartbeatIntervalMs, long timeoutMs, long jitterMs)
        {
            if (kind < (long)DetectorKind.FixedTimeout || kind > (long)DetectorKind.PhiAccrual)
            {
                return null;
            }

            if (heartbeatIntervalMs < HeartbeatSender.IntervalMinMs || heartbeatIntervalMs > HeartbeatSender.IntervalMaxMs)
            {
                return null;
            }

            if (jitterMs < 0 || jitterMs >= heartbeatIntervalMs)
            {
                return null;
            }

            bool phi = kind == (long)DetectorKind.PhiAccrual;
            if (timeoutMs < (phi ? 0 : 1) || timeoutMs > TimeoutMaxMs)
            {
                return null;
            }

            return new DetectorConfig((DetectorKind)(int)kind, heartbeatIntervalMs, timeoutMs, jitterMs);
        }

        /// <summary>The record to persist (a <see cref="ValueRecord"/> typed by the detector kind).</summary>
        public byte[] ToRecord()
        {
            return ValueRecord.Encode((int)Kind, new long[] { HeartbeatIntervalMs, TimeoutMs, JitterMs });
        }

        /// <summary>A fresh detector for one peer (allocates its whole state now, nothing per heartbeat).</summary>
        public IFailureDetector CreateDetector()
        {
            switch (Kind)
            {
                case DetectorKind.FixedTimeout:
                    return new FixedTimeoutDetector(TimeoutMs);
                case DetectorKind.AdaptiveTimeout:
                    long maxMs = Longs.Min(TimeoutMs + (AdaptiveStepsMax * HeartbeatIntervalMs), TimeoutMaxMs);
                    return new AdaptiveTimeoutDetector(new AdaptiveTimeoutSettings(TimeoutMs, HeartbeatIntervalMs,
                        Longs.Max(maxMs, TimeoutMs)));
                default:
                    long pauseMs = TimeoutMs > 0 ? TimeoutMs : PhiAccrualSettings.Akka.AcceptableHeartbeatPauseMs;
                    return new PhiAccrualDetector(PhiAccrualSettings.Akka.With(HeartbeatIntervalMs, pauseMs));
            }
        }

        /// <summary>A fresh heartbeat sender for these settings.</summary>
        public HeartbeatSender CreateSender()
        {
            return new HeartbeatSender(HeartbeatIntervalMs, JitterMs);
        }
    }
}
