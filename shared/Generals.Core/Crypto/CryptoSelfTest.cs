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

        // FIPS 180-2 appendix B.1: SHA-256("abc").
        private static readonly byte[] AbcDigest =
        {
            0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40, 0xde, 0x5d, 0xae, 0x22, 0x23,
            0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17, 0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00, 0x15, 0xad,
        };

        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        private static readonly byte[] JefeTag =
        {
            0x5b, 0xdc, 0xc1, 0x46, 0xbf, 0x60, 0x75, 0x4e, 0x6a, 0x04, 0x24, 0x26, 0x08, 0x95, 0x75, 0xc7,
            0x5a, 0x00, 0x3f, 0x08, 0x9d, 0x27, 0x39, 0x83, 0x9d, 0xec, 0x58, 0xb9, 0x64, 0xec, 0x38, 0x43,
        };

        /// <summary>
        /// A board's boot self-test (docs/signatures.md): SHA-256 through <paramref name="hash"/> (what LMS uses) and Core's
        /// HMAC-SHA256 (what seals links and telemetry) against published answers, then a timed batch of
        /// <see cref="HashBatch"/> single-block hashes, returned in <paramref name="measurement"/>: the figure every signature
        /// and seal cost on the board follows from. Spends no one-time key.
        /// </summary>
        public static SelfTestResult CheckHashing(IClock clock, ISha256 hash, out TelemetryEvent measurement)
        {
            Check.NotNull(clock, "clock");
            Check.NotNull(hash, "hash");
            byte[] digest = new byte[Sha256.DigestBytes];
            hash.Reset();
            hash.Update(new byte[] { 0x61, 0x62, 0x63 }, 0, 3);
            hash.Final(digest, 0);
            bool passed = Wire.Bytes.Equal(digest, AbcDigest);
            byte[] jefe = HmacSha256.Mac(
                new byte[] { 0x4a, 0x65, 0x66, 0x65 },
                new byte[]
                {
                    0x77, 0x68, 0x61, 0x74, 0x20, 0x64, 0x6f, 0x20, 0x79, 0x61, 0x20, 0x77, 0x61, 0x6e, 0x74, 0x20,
                    0x66, 0x6f, 0x72, 0x20, 0x6e, 0x6f, 0x74, 0x68, 0x69, 0x6e, 0x67, 0x3f,
                });
            passed = passed && Wire.Bytes.Equal(jefe, JefeTag);
            measurement = TimeHashes(clock, hash, digest);
            return passed ? SelfTestResult.Passed : SelfTestResult.Failed;
        }

        /// <summary>Runs the measurements; <paramref name="verifier"/> must hold <paramref name="signerId"/>'s public key.</summary>
        public static TelemetryEvent[] Run(IClock clock, ISha256 hash, ISigner signer, IVerifier verifier, int signerId)
        {
            Check.NotNull(clock, "clock");
            Check.NotNull(hash, "hash");
            Check.NotNull(signer, "signer");
            Check.NotNull(verifier, "verifier");
            TelemetryEvent hashing = TimeHashes(clock, hash, new byte[Sha256.DigestBytes]);
            long hashed = clock.NowMs;
            byte[] signature = signer.Sign(Message);
            long signed = clock.NowMs;
            SignatureCheck check = signature == null ? SignatureCheck.Malformed : verifier.Verify(signerId, Message, signature);
            long verified = clock.NowMs;
            return new TelemetryEvent[]
            {
                hashing,
                Event(SelfTestItem.Sign, signed - hashed, signature == null ? 0 : 1),
                Event(SelfTestItem.Verify, verified - signed, check == SignatureCheck.Valid ? 1 : 0),
            };
        }

        private static TelemetryEvent TimeHashes(IClock clock, ISha256 hash, byte[] digest)
        {
            byte[] block = new byte[Sha256.BlockBytes - 9];
            long start = clock.NowMs;
            for (int i = 0; i < HashBatch; i++)
            {
                block[0] = (byte)i;
                hash.Reset();
                hash.Update(block, 0, block.Length);
                hash.Final(digest, 0);
            }

            return Event(SelfTestItem.Sha256, clock.NowMs - start, HashBatch);
        }

        private static TelemetryEvent Event(SelfTestItem item, long elapsedMs, long successes)
        {
            return new SelfTestEvent(item, elapsedMs * 1000, successes);
        }
    }
}
