using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>The application handed a Data message to the link (<see cref="TelemetryType.AppSent"/>).</summary>
    public sealed class AppSentEvent : TelemetryEvent
    {
        /// <summary>How many values the event carries on the wire.</summary>
        public const int ValueCount = 3;

        /// <summary>Creates the event.</summary>
        public AppSentEvent(int to, long messageId, long contentHash)
        {
            Check.That(to >= 0 && to <= FrameLimits.Broadcast, "to is an id");
            To = to;
            MessageId = messageId;
            ContentHash = contentHash;
        }

        /// <summary>The destination General.</summary>
        public int To { get; }

        /// <summary>The message id (the first 8 bytes of the payload, <see cref="Links.AppMessage"/>).</summary>
        public long MessageId { get; }

        /// <summary>FNV-1a over the whole payload.</summary>
        public long ContentHash { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.AppSent; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            return new long[] { (long)To, MessageId, ContentHash };
        }

        /// <summary>The event in <paramref name="values"/> (its values in wire order), or null when they are not exactly its values.</summary>
        public static AppSentEvent TryDecode(long[] values)
        {
            if (values == null || values.Length != ValueCount)
            {
                return null;
            }

            if (!(values[0] >= 0 && values[0] <= FrameLimits.Broadcast))
            {
                return null;
            }

            return new AppSentEvent((int)values[0], values[1], values[2]);
        }
    }
}
