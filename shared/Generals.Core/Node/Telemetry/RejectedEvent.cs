using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>An input was rejected and counted (<see cref="TelemetryType.Rejected"/>).</summary>
    public sealed class RejectedEvent : TelemetryEvent
    {
        /// <summary>How many values the event carries on the wire.</summary>
        public const int ValueCount = 4;

        /// <summary>Creates the event.</summary>
        public RejectedEvent(RejectReason reason, int from, long detail, long instance)
        {
            Check.That(from >= -1 && from <= FrameLimits.GeneralIdMax, "from is a sender or -1");
            Reason = reason;
            From = from;
            Detail = detail;
            Instance = instance;
        }

        /// <summary>Why.</summary>
        public RejectReason Reason { get; }

        /// <summary>Who sent the input (0: the harness; -1: unknown, the bytes did not decode).</summary>
        public int From { get; }

        /// <summary>What exactly, per reason: a FrameRejection, a SignatureCheck, a ProtocolViolation, a command type, a sequence number.</summary>
        public long Detail { get; }

        /// <summary>The protocol instance of a rejected protocol message; 0 for anything else.</summary>
        public long Instance { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.Rejected; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            return new long[] { (long)Reason, (long)From, Detail, Instance };
        }

        /// <summary>The event in <paramref name="values"/> (its values in wire order), or null when they are not exactly its values.</summary>
        public static RejectedEvent TryDecode(long[] values)
        {
            if (values == null || values.Length != ValueCount)
            {
                return null;
            }

            if (!(values[1] >= -1 && values[1] <= FrameLimits.GeneralIdMax))
            {
                return null;
            }

            return new RejectedEvent((RejectReason)values[0], (int)values[1], values[2], values[3]);
        }
    }
}
