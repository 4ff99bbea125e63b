using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>The link delivered a Data message to the application (<see cref="TelemetryType.AppDelivered"/>). A report repeated after a reboot carries the same delivery index.</summary>
    public sealed class AppDeliveredEvent : TelemetryEvent
    {
        /// <summary>How many values the event carries on the wire.</summary>
        public const int ValueCount = 5;

        /// <summary>Creates the event.</summary>
        public AppDeliveredEvent(int from, long messageId, long contentHash, long deliveryIndex, long senderIncarnation)
        {
            Check.That(from >= 0 && from <= FrameLimits.GeneralIdMax, "from is a sender");
            From = from;
            MessageId = messageId;
            ContentHash = contentHash;
            DeliveryIndex = deliveryIndex;
            SenderIncarnation = senderIncarnation;
        }

        /// <summary>The General that sent it.</summary>
        public int From { get; }

        /// <summary>The message id.</summary>
        public long MessageId { get; }

        /// <summary>FNV-1a over the whole payload.</summary>
        public long ContentHash { get; }

        /// <summary>This General's delivery number (incarnation &lt;&lt; 32 | count): the same for a repeated report.</summary>
        public long DeliveryIndex { get; }

        /// <summary>The sender's incarnation stamped on the frame.</summary>
        public long SenderIncarnation { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.AppDelivered; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            return new long[] { (long)From, MessageId, ContentHash, DeliveryIndex, SenderIncarnation };
        }

        /// <summary>The event in <paramref name="values"/> (its values in wire order), or null when they are not exactly its values.</summary>
        public static AppDeliveredEvent TryDecode(long[] values)
        {
            if (values == null || values.Length != ValueCount)
            {
                return null;
            }

            if (!(values[0] >= 0 && values[0] <= FrameLimits.GeneralIdMax))
            {
                return null;
            }

            return new AppDeliveredEvent((int)values[0], values[1], values[2], values[3], values[4]);
        }
    }
}
