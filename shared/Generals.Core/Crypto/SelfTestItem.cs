namespace Generals.Core.Crypto
{
    /// <summary>What a <see cref="Node.TelemetryType.SelfTest"/> event measured (its first value). Numbers are on the wire: never renumber.</summary>
    public enum SelfTestItem
    {
        /// <summary>A batch of single-block SHA-256 hashes.</summary>
        Sha256 = 1,

        /// <summary>One signature with the General's own key.</summary>
        Sign = 2,

        /// <summary>One verification of that signature.</summary>
        Verify = 3,
    }
}
