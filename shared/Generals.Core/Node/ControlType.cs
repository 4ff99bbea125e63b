namespace Generals.Core.Node
{
    /// <summary>Harness command types and their arguments. Numbers are on the wire: never renumber.</summary>
    public enum ControlType
    {
        /// <summary>Send a stream of messages over the link: [to, count, intervalMs, firstMessageNumber].</summary>
        SendStream = 1,

        /// <summary>Start a protocol instance: [protocol, instance, commander, order, m, roundMs, startDelayMs].</summary>
        StartInstance = 2,

        /// <summary>Play a traitor from now on: [strategy, parameter, planSeed]; strategy 0 makes the General loyal.</summary>
        SetTraitor = 3,

        /// <summary>Start heartbeats and monitoring: [detectorKind, heartbeatIntervalMs, timeoutMs, jitterMs].</summary>
        StartDetector = 4,

        /// <summary>Report counters now.</summary>
        ReportCounters = 5,
    }
}
