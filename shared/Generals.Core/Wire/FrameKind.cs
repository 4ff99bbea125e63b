namespace Generals.Core.Wire
{
    /// <summary>What a frame carries. The numbers are on the wire: never renumber.</summary>
    public enum FrameKind
    {
        /// <summary>Application data over a link (reliable link data carries a sequence number).</summary>
        Data = 1,

        /// <summary>Acknowledges a Data frame by its sender incarnation and sequence.</summary>
        Ack = 2,

        /// <summary>A failure-detector heartbeat.</summary>
        Heartbeat = 3,

        /// <summary>A protocol message (Two Generals, OM(m), SM(m)).</summary>
        Protocol = 4,

        /// <summary>A harness command on the control topic; signed with the harness key.</summary>
        Control = 5,

        /// <summary>Telemetry a General publishes on its events topic.</summary>
        Event = 6,
    }
}
