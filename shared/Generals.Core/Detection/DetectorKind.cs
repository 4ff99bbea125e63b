namespace Generals.Core.Detection
{
    /// <summary>The detectors a General can run, as numbered in the StartDetector command. Never renumber.</summary>
    public enum DetectorKind
    {
        /// <summary>Suspect after a fixed timeout without heartbeat: perfect under synchrony only.</summary>
        FixedTimeout = 1,

        /// <summary>A timeout that grows after each false suspicion: eventually perfect under partial synchrony.</summary>
        AdaptiveTimeout = 2,

        /// <summary>Phi accrual (Hayashibara et al. 2004) with the Akka preset.</summary>
        PhiAccrual = 3,
    }
}
