using Generals.Core.Runtime;

namespace Generals.Core.Node
{
    /// <summary>One telemetry event: a type and up to eight signed 64-bit values whose meaning the type defines
    /// (see <see cref="TelemetryType"/>). Encoded as the payload of an Event frame.</summary>
    public sealed class TelemetryEvent
    {
        /// <summary>The most values an event carries.</summary>
        public const int ValuesMax = 8;

        /// <summary>Creates an event; <paramref name="values"/> may be empty, never longer than <see cref="ValuesMax"/>.</summary>
        public TelemetryEvent(TelemetryType type, long[] values)
        {
            Check.NotNull(values, "values");
            Check.That(values.Length <= ValuesMax, "telemetry values within limit");
            Type = type;
            Values = values;
        }

        /// <summary>What happened.</summary>
        public TelemetryType Type { get; }

        /// <summary>The event's values, in the order <see cref="TelemetryType"/> documents.</summary>
        public long[] Values { get; }

        /// <summary>The value at <paramref name="index"/>, or 0 when the event has fewer values.</summary>
        public long Value(int index)
        {
            return index < Values.Length ? Values[index] : 0;
        }
    }
}
