using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// The `ideal` scheme (simulation only, DESIGN 8): every General's secret is derived from a kit seed the
    /// harness holds, a signature is a 16-byte keyed digest, and verification recomputes it. A General only
    /// ever holds its own <see cref="ISigner"/>, so in the simulator a traitor cannot sign for another; it is
    /// free to compute, which keeps large searches fast. Not cryptographically secure: never use it on a network.
    /// </summary>
    public sealed class IdealSignatures : IVerifier
    {
        /// <summary>Bytes in an ideal signature.</summary>
        public const int SignatureBytes = 16;

        private readonly ulong _kitSeed;

        /// <summary>Creates the scheme for a kit; the same seed gives the same signatures.</summary>
        public IdealSignatures(ulong kitSeed)
        {
            _kitSeed = kitSeed;
        }

        /// <summary>The scheme id on the wire.</summary>
        public SignatureScheme Scheme
        {
            get { return SignatureScheme.Ideal; }
        }

        /// <summary>The signer for General <paramref name="signerId"/> (0 is the harness).</summary>
        public ISigner SignerFor(int signerId)
        {
            Check.InRange(signerId, FrameLimits.HarnessId, FrameLimits.GeneralIdMax, "signerId");
            return new IdealSigner(this, signerId);
        }

        /// <summary>Checks a signature by recomputing it.</summary>
        public SignatureCheck Verify(int signerId, byte[] message, byte[] signature)
        {
            if (signerId < FrameLimits.HarnessId || signerId > FrameLimits.GeneralIdMax)
            {
                return SignatureCheck.UnknownSigner;
            }

            if (message == null || signature == null || signature.Length != SignatureBytes)
            {
                return SignatureCheck.Malformed;
            }

            return Bytes.Equal(Digest(signerId, message), signature) ? SignatureCheck.Valid : SignatureCheck.Invalid;
        }

        /// <summary>The keyed digest of <paramref name="message"/> under <paramref name="signerId"/>'s secret.</summary>
        internal byte[] Digest(int signerId, byte[] message)
        {
            Prng secrets = new Prng(_kitSeed ^ ((ulong)(uint)signerId * 0x9E3779B97F4A7C15UL));
            byte[] digest = new byte[SignatureBytes];
            for (int lane = 0; lane < 4; lane++)
            {
                uint secret = secrets.NextUInt();
                uint h = 2166136261u ^ secret;
                unchecked
                {
                    for (int i = 0; i < message.Length; i++)
                    {
                        h = ((h ^ message[i]) * 16777619u) + secret;
                    }

                    h ^= (uint)message.Length;
                    h ^= h >> 16;
                    h *= 0x85EBCA6B;
                    h ^= h >> 13;
                    h *= 0xC2B2AE35;
                    h ^= h >> 16;
                }

                Bytes.WriteUInt32(digest, lane * 4, h);
            }

            return digest;
        }

        private sealed class IdealSigner : ISigner
        {
            private readonly IdealSignatures _scheme;
            private readonly int _signerId;

            public IdealSigner(IdealSignatures scheme, int signerId)
            {
                _scheme = scheme;
                _signerId = signerId;
            }

            public SignatureScheme Scheme
            {
                get { return SignatureScheme.Ideal; }
            }

            public SignError LastError
            {
                get { return SignError.None; }
            }

            public long RemainingSignatures
            {
                get { return long.MaxValue; }
            }

            public byte[] Sign(byte[] message)
            {
                Check.NotNull(message, "message");
                return _scheme.Digest(_signerId, message);
            }
        }
    }
}
