namespace Generals.Core.Detection
{
    /// <summary>
    /// A failure detector for one monitored peer: fed with heartbeat arrival times, queried for its verdict.
    /// Sans-I/O: time is always passed in, so the same object runs in the simulator and on a board.
    /// </summary>
    public interface IFailureDetector
    {
        /// <summary>
        /// Forgets the peer's history and starts it afresh at <paramref name="nowMs"/>, which counts as an
        /// arrival: the start of monitoring (a grace period) or the first heartbeat of a new incarnation.
        /// </summary>
        void Reset(long nowMs);

        /// <summary>A heartbeat of the current incarnation arrived at <paramref name="nowMs"/>.</summary>
        void Heartbeat(long nowMs);

        /// <summary>True when, at <paramref name="nowMs"/>, the detector suspects the peer to have crashed.</summary>
        bool Suspects(long nowMs);

        /// <summary>
        /// The earliest time after <paramref name="nowMs"/> at which <see cref="Suspects"/> may turn true without
        /// another heartbeat, so the node can sleep until then; <see cref="long.MaxValue"/> while it already
        /// suspects (only a heartbeat changes that verdict).
        /// </summary>
        long NextCheckMs(long nowMs);

        /// <summary>When the last heartbeat (or reset) arrived.</summary>
        long LastArrivalMs { get; }
    }
}
