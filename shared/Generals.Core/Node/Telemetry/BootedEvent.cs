namespace Generals.Core.Node
{
    /// <summary>The General booted (<see cref="TelemetryType.Booted"/>); the first event of every boot.</summary>
    public sealed class BootedEvent : TelemetryEvent
    {
        /// <summary>How many values the event carries on the wire.</summary>
        public const int ValueCount = 1;

        /// <summary>Creates the event.</summary>
        public BootedEvent(long incarnation)
        {
            Incarnation = incarnation;
        }

        /// <summary>The incarnation this boot runs as (durable before this report leaves).</summary>
        public long Incarnation { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.Booted; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            return new long[] { Incarnation };
        }

        /// <summary>The event in <paramref name="values"/> (its values in wire order), or null when they are not exactly its values.</summary>
        public static BootedEvent TryDecode(long[] values)
        {
            if (values == null || values.Length != ValueCount)
            {
                return null;
            }

            return new BootedEvent(values[0]);
        }
    }
}
