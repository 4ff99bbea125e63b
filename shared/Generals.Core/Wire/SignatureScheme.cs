namespace Generals.Core.Wire
{
    /// <summary>The signature (or MAC) scheme named in a signed frame. The numbers are on the wire: never renumber.</summary>
    public enum SignatureScheme
    {
        /// <summary>No signature present.</summary>
        None = 0,

        /// <summary>Simulation-only scheme: unforgeable by construction, free to compute.</summary>
        Ideal = 1,

        /// <summary>LMS, RFC 8554, SHA-256.</summary>
        Lms = 2,

        /// <summary>Ed25519 (host-only kits).</summary>
        Ed25519 = 3,

        /// <summary>
        /// HMAC-SHA256 under a symmetric key from provisioning (<see cref="Crypto.FrameMac"/>): a MAC, not a signature;
        /// only holders of the key can check it. Telemetry carries it; the highest scheme the codec accepts.
        /// </summary>
        HmacSha256 = 4,
    }
}
