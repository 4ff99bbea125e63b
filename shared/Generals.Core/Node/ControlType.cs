namespace Generals.Core.Node
{
    /// <summary>
    /// Harness command types. Each has its class with named fields and codec (the class named in its summary); the
    /// arguments on the wire are that class's fields in declaration order. Numbers are on the wire: never renumber.
    /// </summary>
    public enum ControlType
    {
        /// <summary>Send a stream of messages over the link: <see cref="SendStreamCommand"/>.</summary>
        SendStream = 1,

        /// <summary>Start a protocol instance: <see cref="StartInstanceCommand"/>.</summary>
        StartInstance = 2,

        /// <summary>Play a traitor from now on (strategy 0 makes the General loyal): <see cref="SetTraitorCommand"/>.</summary>
        SetTraitor = 3,

        /// <summary>Start heartbeats and monitoring: <see cref="StartDetectorCommand"/>.</summary>
        StartDetector = 4,

        /// <summary>Report counters now: <see cref="ReportCountersCommand"/>.</summary>
        ReportCounters = 5,
    }
}
