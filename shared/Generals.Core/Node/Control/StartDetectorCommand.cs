namespace Generals.Core.Node
{
    /// <summary>Start heartbeats and monitoring (<see cref="ControlType.StartDetector"/>).</summary>
    public sealed class StartDetectorCommand : ControlCommand
    {
        /// <summary>How many arguments the command carries on the wire.</summary>
        public const int ArgumentCount = 4;

        /// <summary>Creates the command.</summary>
        public StartDetectorCommand(long kind, long heartbeatIntervalMs, long timeoutMs, long jitterMs)
        {
            Kind = kind;
            HeartbeatIntervalMs = heartbeatIntervalMs;
            TimeoutMs = timeoutMs;
            JitterMs = jitterMs;
        }

        /// <summary>The detector (Detection.DetectorKind: 1 fixed timeout, 2 adaptive, 3 phi accrual).</summary>
        public long Kind { get; }

        /// <summary>Milliseconds between two heartbeats.</summary>
        public long HeartbeatIntervalMs { get; }

        /// <summary>The timeout (phi accrual: 0 for the preset).</summary>
        public long TimeoutMs { get; }

        /// <summary>The most each heartbeat is sent late.</summary>
        public long JitterMs { get; }

        /// <inheritdoc/>
        public override ControlType Type
        {
            get { return ControlType.StartDetector; }
        }

        /// <inheritdoc/>
        public override long[] ToArguments()
        {
            return new long[] { Kind, HeartbeatIntervalMs, TimeoutMs, JitterMs };
        }

        /// <summary>The command in <paramref name="values"/> (its arguments in wire order), or null when they are not exactly its arguments.</summary>
        public static StartDetectorCommand TryDecode(long[] values)
        {
            if (values == null || values.Length != ArgumentCount)
            {
                return null;
            }

            return new StartDetectorCommand(values[0], values[1], values[2], values[3]);
        }
    }
}
