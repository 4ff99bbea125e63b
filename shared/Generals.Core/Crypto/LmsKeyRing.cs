using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// Verifies LMS signatures (RFC 8554 5.4.2) against the kit's public keys, by signer id (0 is the harness). Total:
    /// any byte string gives a <see cref="SignatureCheck"/>, never an exception. Verification allocates nothing; the
    /// working state is shared, so one caller at a time (a General runs on one thread).
    /// </summary>
    public sealed class LmsKeyRing : IVerifier
    {
        private readonly IdTable _keys = new IdTable();
        private readonly LmsHasher _hasher;
        private readonly byte[] _node = new byte[LmsParameterSet.NodeBytes];

        /// <summary>Creates an empty ring over the given hash.</summary>
        public LmsKeyRing(Sha256Factory hashes)
        {
            Check.NotNull(hashes, "hashes");
            _hasher = new LmsHasher(hashes);
        }

        /// <inheritdoc/>
        public SignatureScheme Scheme
        {
            get { return SignatureScheme.Lms; }
        }

        /// <summary>Sets <paramref name="signerId"/>'s public key; false (and no change) when the id or the key is malformed.</summary>
        public bool Add(int signerId, byte[] publicKey)
        {
            LmsPublicKey key = LmsPublicKey.TryParse(publicKey);
            if (key == null || signerId < FrameLimits.HarnessId || signerId > FrameLimits.GeneralIdMax)
            {
                return false;
            }

            _keys.Set(signerId, key);
            return true;
        }

        /// <summary>The public key of <paramref name="signerId"/>, or null.</summary>
        public LmsPublicKey KeyOf(int signerId)
        {
            return (LmsPublicKey)_keys.Get(signerId);
        }

        /// <summary>How many signers have a key.</summary>
        public int Count
        {
            get { return _keys.Count; }
        }

        /// <summary>Slots the ring's table holds (what it costs; see <see cref="IdTable.Capacity"/>).</summary>
        public int Capacity
        {
            get { return _keys.Capacity; }
        }

        /// <inheritdoc/>
        public SignatureCheck Verify(int signerId, byte[] message, byte[] signature)
        {
            return Verify(signerId, message, 0, message == null ? 0 : message.Length, signature, 0, signature == null ? 0 : signature.Length);
        }

        /// <inheritdoc/>
        public SignatureCheck Verify(int signerId, byte[] message, int messageOffset, int messageLength, byte[] signature, int signatureOffset, int signatureLength)
        {
            LmsPublicKey key = KeyOf(signerId);
            if (key == null)
            {
                return SignatureCheck.UnknownSigner;
            }

            return VerifyWith(key, message, messageOffset, messageLength, signature, signatureOffset, signatureLength);
        }

        /// <summary>Checks <paramref name="signature"/> over <paramref name="message"/> under <paramref name="key"/>.</summary>
        public SignatureCheck VerifyWith(LmsPublicKey key, byte[] message, byte[] signature)
        {
            return VerifyWith(key, message, 0, message == null ? 0 : message.Length, signature, 0, signature == null ? 0 : signature.Length);
        }

        /// <summary>
        /// Checks the signature segment over the message segment under <paramref name="key"/>, both read where they lie:
        /// RFC 8554 5.4.2 over the ring's own buffers, nothing allocated.
        /// </summary>
        public SignatureCheck VerifyWith(LmsPublicKey key, byte[] message, int messageOffset, int messageLength, byte[] signature, int signatureOffset, int signatureLength)
        {
            Check.NotNull(key, "key");
            if (!VerifierSegments.Valid(message, messageOffset, messageLength, signature, signatureOffset, signatureLength) || signatureLength < 8)
            {
                return SignatureCheck.Malformed;
            }

            LmOtsParameterSet ots = LmOtsParameterSet.FromTypeCode(LmsHasher.ReadUInt32BigEndian(signature, signatureOffset + 4));
            if (ots == null)
            {
                return SignatureCheck.Malformed;
            }

            if (ots != key.Ots)
            {
                return SignatureCheck.WrongScheme;
            }

            int typeAt = 4 + ots.SignatureBytes;
            if (signatureLength < typeAt + 4)
            {
                return SignatureCheck.Malformed;
            }

            LmsParameterSet parameters = LmsParameterSet.FromTypeCode(LmsHasher.ReadUInt32BigEndian(signature, signatureOffset + typeAt));
            if (parameters == null)
            {
                return SignatureCheck.Malformed;
            }

            if (parameters != key.Parameters)
            {
                return SignatureCheck.WrongScheme;
            }

            uint q = LmsHasher.ReadUInt32BigEndian(signature, signatureOffset);
            if (signatureLength != parameters.SignatureBytes(ots) || q >= (uint)parameters.Leaves)
            {
                return SignatureCheck.Malformed;
            }

            byte[] identifier = key.Identifier;
            _hasher.OtsCandidate(ots, identifier, q, message, messageOffset, messageLength, signature, signatureOffset + 4, _node, 0);
            uint node = (uint)parameters.Leaves + q;
            _hasher.Leaf(identifier, node, _node, 0, _node, 0);
            int pathAt = signatureOffset + typeAt + 4;
            for (int level = 0; level < parameters.Height; level++)
            {
                int sibling = pathAt + (level * LmsParameterSet.NodeBytes);
                if ((node & 1) == 1)
                {
                    _hasher.Interior(identifier, node >> 1, signature, sibling, _node, 0, _node, 0);
                }
                else
                {
                    _hasher.Interior(identifier, node >> 1, _node, 0, signature, sibling, _node, 0);
                }

                node >>= 1;
            }

            return Bytes.Equal(_node, key.Root) ? SignatureCheck.Valid : SignatureCheck.Invalid;
        }
    }
}
