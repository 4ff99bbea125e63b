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
        /// only holders of the key can check it. Telemetry and links to one receiver carry it.
        /// </summary>
        HmacSha256 = 4,

        /// <summary>
        /// An authenticator (<see cref="Crypto.FrameAuthenticator"/>): one HMAC-SHA256 tag per receiver, each under the key
        /// that receiver's link shares with the sender, so one frame reaches several receivers. The highest scheme the codec accepts.
        /// </summary>
        HmacSha256Vector = 5,
    }
}
