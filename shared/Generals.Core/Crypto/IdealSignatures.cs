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

        /// <summary>
        /// Creates the scheme for a kit; the same seed gives the same signatures. A signer's four secret words are drawn from
        /// the kit seed when used, not kept per id: a table of every id would cost GeneralIdMax + 1 entries whatever the run.
        /// </summary>
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
            return Verify(signerId, message, 0, message == null ? 0 : message.Length, signature, 0, signature == null ? 0 : signature.Length);
        }

        /// <summary>Checks a signature where it lies by recomputing it; allocates only the generator its secret is drawn from.</summary>
        public SignatureCheck Verify(int signerId, byte[] message, int messageOffset, int messageLength, byte[] signature, int signatureOffset, int signatureLength)
        {
            if (signerId < FrameLimits.HarnessId || signerId > FrameLimits.GeneralIdMax)
            {
                return SignatureCheck.UnknownSigner;
            }

            if (!VerifierSegments.Valid(message, messageOffset, messageLength, signature, signatureOffset, signatureLength) || signatureLength != SignatureBytes)
            {
                return SignatureCheck.Malformed;
            }

            uint h0;
            uint h1;
            uint h2;
            uint h3;
            Lanes4(signerId, message, messageOffset, messageLength, out h0, out h1, out h2, out h3);
            bool same = Bytes.ReadUInt32(signature, signatureOffset) == h0 && Bytes.ReadUInt32(signature, signatureOffset + 4) == h1
                && Bytes.ReadUInt32(signature, signatureOffset + 8) == h2 && Bytes.ReadUInt32(signature, signatureOffset + 12) == h3;
            return same ? SignatureCheck.Valid : SignatureCheck.Invalid;
        }

        /// <summary>The keyed digest of <paramref name="message"/> under <paramref name="signerId"/>'s secret (see <see cref="Lanes4"/>).</summary>
        internal byte[] Digest(int signerId, byte[] message)
        {
            uint h0;
            uint h1;
            uint h2;
            uint h3;
            Lanes4(signerId, message, 0, message.Length, out h0, out h1, out h2, out h3);
            byte[] digest = new byte[SignatureBytes];
            Bytes.WriteUInt32(digest, 0, h0);
            Bytes.WriteUInt32(digest, 4, h1);
            Bytes.WriteUInt32(digest, 8, h2);
            Bytes.WriteUInt32(digest, 12, h3);
            return digest;
        }

        // Four FNV-style lanes over the message, each keyed by one of the signer's four secret words (drawn from the kit seed
        // mixed with the id), in one pass, then finished.
        private void Lanes4(int signerId, byte[] message, int offset, int length, out uint h0, out uint h1, out uint h2, out uint h3)
        {
            Prng secrets = new Prng(_kitSeed ^ ((ulong)(uint)signerId * 0x9E3779B97F4A7C15UL));
            uint k0 = secrets.NextUInt();
            uint k1 = secrets.NextUInt();
            uint k2 = secrets.NextUInt();
            uint k3 = secrets.NextUInt();
            h0 = 2166136261u ^ k0;
            h1 = 2166136261u ^ k1;
            h2 = 2166136261u ^ k2;
            h3 = 2166136261u ^ k3;
            unchecked
            {
                for (int i = offset; i < offset + length; i++)
                {
                    uint b = message[i];
                    h0 = ((h0 ^ b) * 16777619u) + k0;
                    h1 = ((h1 ^ b) * 16777619u) + k1;
                    h2 = ((h2 ^ b) * 16777619u) + k2;
                    h3 = ((h3 ^ b) * 16777619u) + k3;
                }
            }

            h0 = Finish(h0, length);
            h1 = Finish(h1, length);
            h2 = Finish(h2, length);
            h3 = Finish(h3, length);
        }

        private static uint Finish(uint h, int length)
        {
            unchecked
            {
                h ^= (uint)length;
                h ^= h >> 16;
                h *= 0x85EBCA6B;
                h ^= h >> 13;
                h *= 0xC2B2AE35;
                h ^= h >> 16;
                return h;
            }
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
