namespace Generals.Core.Node
{
    /// <summary>A per-incarnation counter reached its maximum and is not wrapped (<see cref="TelemetryType.CounterExhausted"/>).</summary>
    public sealed class CounterExhaustedEvent : TelemetryEvent
    {
        /// <summary>How many values the event carries on the wire.</summary>
        public const int ValueCount = 1;

        /// <summary>Creates the event.</summary>
        public CounterExhaustedEvent(ExhaustedCounter counter)
        {
            Counter = counter;
        }

        /// <summary>Which counter.</summary>
        public ExhaustedCounter Counter { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.CounterExhausted; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            return new long[] { (long)Counter };
        }

        /// <summary>The event in <paramref name="values"/> (its values in wire order), or null when they are not exactly its values.</summary>
        public static CounterExhaustedEvent TryDecode(long[] values)
        {
            if (values == null || values.Length != ValueCount)
            {
                return null;
            }

            return new CounterExhaustedEvent((ExhaustedCounter)values[0]);
        }
    }
}
