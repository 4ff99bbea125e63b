using Generals.Core.Crypto;

namespace Generals.Core.Node
{
    /// <summary>A cost measured at boot by the crypto self-test (<see cref="TelemetryType.SelfTest"/>).</summary>
    public sealed class SelfTestEvent : TelemetryEvent
    {
        /// <summary>How many values the event carries on the wire.</summary>
        public const int ValueCount = 3;

        /// <summary>Creates the event.</summary>
        public SelfTestEvent(SelfTestItem item, long microseconds, long count)
        {
            Item = item;
            Microseconds = microseconds;
            Count = count;
        }

        /// <summary>What was measured.</summary>
        public SelfTestItem Item { get; }

        /// <summary>How long it took.</summary>
        public long Microseconds { get; }

        /// <summary>How many operations succeeded in that time.</summary>
        public long Count { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.SelfTest; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            return new long[] { (long)Item, Microseconds, Count };
        }

        /// <summary>The event in <paramref name="values"/> (its values in wire order), or null when they are not exactly its values.</summary>
        public static SelfTestEvent TryDecode(long[] values)
        {
            if (values == null || values.Length != ValueCount)
            {
                return null;
            }

            return new SelfTestEvent((SelfTestItem)values[0], values[1], values[2]);
        }
    }
}
