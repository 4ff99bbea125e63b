namespace Generals.Core.Crypto
{
    /// <summary>The verdict of the known-answer crypto self-test a board runs at boot. Numbers are on the wire: never renumber.</summary>
    public enum SelfTestResult
    {
        /// <summary>No self-test ran (the simulator).</summary>
        NotRun = 0,

        /// <summary>SHA-256 and HMAC-SHA256 gave their published answers.</summary>
        Passed = 1,

        /// <summary>A known answer came out wrong: the board's hashing cannot be trusted (its seals could not be checked either), so the
        /// firmware shows Fault and does not start the General.</summary>
        Failed = 2,
    }
}
