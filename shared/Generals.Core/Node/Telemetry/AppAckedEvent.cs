using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>The reliable link got the acknowledgement of a message (<see cref="TelemetryType.AppAcked"/>).</summary>
    public sealed class AppAckedEvent : TelemetryEvent
    {
        /// <summary>How many values the event carries on the wire.</summary>
        public const int ValueCount = 2;

        /// <summary>Creates the event.</summary>
        public AppAckedEvent(int to, long messageId)
        {
            Check.That(to >= 0 && to <= FrameLimits.Broadcast, "to is an id");
            To = to;
            MessageId = messageId;
        }

        /// <summary>The General that acknowledged it.</summary>
        public int To { get; }

        /// <summary>The message id.</summary>
        public long MessageId { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.AppAcked; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            return new long[] { (long)To, MessageId };
        }

        /// <summary>The event in <paramref name="values"/> (its values in wire order), or null when they are not exactly its values.</summary>
        public static AppAckedEvent TryDecode(long[] values)
        {
            if (values == null || values.Length != ValueCount)
            {
                return null;
            }

            if (!(values[0] >= 0 && values[0] <= FrameLimits.Broadcast))
            {
                return null;
            }

            return new AppAckedEvent((int)values[0], values[1]);
        }
    }
}
