using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>Everything a General is configured with (an options object: no two ints to swap by mistake).</summary>
    public sealed class NodeSettings
    {
        /// <summary>The kit name.</summary>
        public string Kit { get; set; }

        /// <summary>This General's id, 1 .. <see cref="FrameLimits.GeneralIdMax"/>.</summary>
        public int Id { get; set; }

        /// <summary>Every other General's id.</summary>
        public int[] Peers { get; set; }

        /// <summary>Data frames go through the reliable link (retransmit, ack, dedup) when true, raw (fair-loss) otherwise.</summary>
        public bool Reliable { get; set; }

        /// <summary>
        /// Every frame on a link carries an HMAC-SHA256 tag under the pair's key (<see cref="LinkKeys"/>) and is checked, with
        /// an anti-replay window, when true. Links spend no signature: LMS one-time keys are kept for what must convince a
        /// third party (SM(m) chains; the harness's control commands).
        /// </summary>
        public bool Authenticated { get; set; }

        /// <summary>
        /// Durable send (with <see cref="Reliable"/>): each Data message is in the store before it first leaves and is
        /// retransmitted after a restart, so a power cut forgets no message whose send returned. Every General of a
        /// kit must agree on it: link sequence numbers then continue across a sender's incarnations.
        /// </summary>
        public bool DurableSend { get; set; }

        /// <summary>The keys this General shares with each peer, required when <see cref="Authenticated"/>.</summary>
        public LinkKeys LinkKeys { get; set; }

        /// <summary>This General's signing key.</summary>
        public ISigner Signer { get; set; }

        /// <summary>The kit's public keys (0 is the harness, whose control commands are always verified).</summary>
        public IVerifier Verifier { get; set; }

        /// <summary>
        /// This General's telemetry key (<see cref="FrameMac.KeyBytes"/> bytes from provisioning; the harness holds a copy):
        /// every event and status it publishes carries an HMAC-SHA256 tag under it, so the harness can tell them from forgeries.
        /// </summary>
        public byte[] TelemetryKey { get; set; }

        /// <summary>
        /// Counts the SHA-256 compressions of this General's seals (telemetry and links; its signer and verifier count through
        /// the hashes their scheme was made with), for a host measuring a board's costs; null (the default, and on a board) counts nothing.
        /// </summary>
        public Sha256Counter HashCounter { get; set; }

        /// <summary>Seed of the General's PRNG; combined with the incarnation so every boot draws afresh.</summary>
        public ulong Seed { get; set; }

        /// <summary>First retransmission timeout of the reliable link.</summary>
        public int RetransmitInitialMs { get; set; } = 100;

        /// <summary>Upper bound of the doubling retransmission backoff.</summary>
        public int RetransmitMaxMs { get; set; } = 2000;

        /// <summary>Fails loudly when the settings cannot describe a General (a configuration bug of ours).</summary>
        public void Validate()
        {
            Check.That(KitName.IsValid(Kit), "kit name is valid");
            Check.InRange(Id, 1, FrameLimits.GeneralIdMax, "Id");
            Check.NotNull(Peers, "Peers");
            Check.NotNull(Signer, "Signer");
            Check.NotNull(Verifier, "Verifier");
            Check.NotNull(TelemetryKey, "TelemetryKey");
            Check.That(TelemetryKey.Length == FrameMac.KeyBytes, "telemetry key is 32 bytes");
            Check.That(RetransmitInitialMs > 0 && RetransmitMaxMs >= RetransmitInitialMs, "retransmit bounds");
            Check.That(!DurableSend || Reliable, "durable send is a mode of the reliable link");
            Check.That(!Authenticated || LinkKeys != null, "an authenticated link has link keys");
            for (int i = 0; i < Peers.Length; i++)
            {
                Check.InRange(Peers[i], 1, FrameLimits.GeneralIdMax, "Peers");
                Check.That(Peers[i] != Id, "a General is not its own peer");
                Check.That(!Authenticated || LinkKeys.MacFor(Peers[i]) != null, "a link key for every peer");
            }
        }
    }
}
