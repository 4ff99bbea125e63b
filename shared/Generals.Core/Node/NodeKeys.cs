using Generals.Core.Crypto;

namespace Generals.Core.Node
{
    /// <summary>What provisioning (or the simulator's seed) gives one General: its signer, the kit's verifier, its telemetry and link keys.</summary>
    public sealed class NodeKeys
    {
        /// <summary>This General's signing key.</summary>
        public ISigner Signer { get; set; }

        /// <summary>The kit's public keys (0 is the harness).</summary>
        public IVerifier Verifier { get; set; }

        /// <summary>This General's telemetry key (<see cref="FrameMac.KeyBytes"/> bytes).</summary>
        public byte[] TelemetryKey { get; set; }

        /// <summary>The keys this General shares with each peer.</summary>
        public LinkKeys LinkKeys { get; set; }
    }
}
