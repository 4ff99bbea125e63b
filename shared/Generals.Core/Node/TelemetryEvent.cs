namespace Generals.Core.Node
{
    /// <summary>
    /// One telemetry event a General reports: a small class per <see cref="TelemetryType"/> with named fields (BootedEvent,
    /// DecidedEvent, ...). <see cref="TelemetryCodec"/> carries it as the payload of an Event frame.
    /// </summary>
    public abstract class TelemetryEvent
    {
        /// <summary>The most values an event carries on the wire (<see cref="ValueRecord.ValuesMax"/>).</summary>
        public const int ValuesMax = ValueRecord.ValuesMax;

        /// <summary>What happened.</summary>
        public abstract TelemetryType Type { get; }

        /// <summary>The event's values in wire order: what its class's TryDecode reads back.</summary>
        public abstract long[] ToValues();
    }
}
