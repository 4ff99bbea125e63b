namespace Generals.Core.Node
{
    /// <summary>
    /// A per-incarnation counter that reached its maximum (<see cref="TelemetryType.CounterExhausted"/>): the General
    /// refuses what would need the next value rather than wrap to 0, until it reboots with a new incarnation.
    /// Numbers are on the wire: append, never renumber.
    /// </summary>
    public enum ExhaustedCounter
    {
        /// <summary>The sequence number of frames on the wire topic: no frame leaves any more.</summary>
        FrameSequence = 1,

        /// <summary>The sequence number of telemetry events: this event is the last one.</summary>
        TelemetrySequence = 2,
    }
}
