using Generals.Core.Node;
using Generals.Core.Runtime;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// Measures at boot what crypto costs on this General (DESIGN 8): a batch of SHA-256 blocks, one signature and one
    /// verification of it, timed through <see cref="IClock"/>. Each result is a <see cref="TelemetryType.SelfTest"/>
    /// event [item, microseconds, successes]. The signature uses one one-time key index of a stateful key.
    /// </summary>
    public static class CryptoSelfTest
    {
        /// <summary>Hashes per batch: enough for a millisecond clock to resolve on a board (~10k hashes/s), a blink on the host.</summary>
        public const int HashBatch = 256;

        private static readonly byte[] Message = { 0x67, 0x65, 0x6e, 0x65, 0x72, 0x61, 0x6c, 0x73 };

        /// <summary>Runs the measurements; <paramref name="verifier"/> must hold <paramref name="signerId"/>'s public key.</summary>
        public static TelemetryEvent[] Run(IClock clock, ISha256 hash, ISigner signer, IVerifier verifier, int signerId)
        {
            Check.NotNull(clock, "clock");
            Check.NotNull(hash, "hash");
            Check.NotNull(signer, "signer");
            Check.NotNull(verifier, "verifier");
            byte[] block = new byte[Sha256.BlockBytes - 9];
            byte[] digest = new byte[Sha256.DigestBytes];
            long start = clock.NowMs;
            for (int i = 0; i < HashBatch; i++)
            {
                block[0] = (byte)i;
                hash.Reset();
                hash.Update(block, 0, block.Length);
                hash.Final(digest, 0);
            }

            long hashed = clock.NowMs;
            byte[] signature = signer.Sign(Message);
            long signed = clock.NowMs;
            SignatureCheck check = signature == null ? SignatureCheck.Malformed : verifier.Verify(signerId, Message, signature);
            long verified = clock.NowMs;
            return new TelemetryEvent[]
            {
                Event(SelfTestItem.Sha256, hashed - start, HashBatch),
                Event(SelfTestItem.Sign, signed - hashed, signature == null ? 0 : 1),
                Event(SelfTestItem.Verify, verified - signed, check == SignatureCheck.Valid ? 1 : 0),
            };
        }

        private static TelemetryEvent Event(SelfTestItem item, long elapsedMs, long successes)
        {
            return new TelemetryEvent(TelemetryType.SelfTest, new long[] { (long)item, elapsedMs * 1000, successes });
        }
    }
}
