namespace Generals.Core.Crypto
{
    /// <summary>
    /// The hash computations of RFC 8554 (LM-OTS chains, keys, leaves and interior nodes) over preallocated buffers,
    /// so signing and verifying allocate nothing. One caller at a time: each signer and verifier owns one.
    /// </summary>
    internal sealed class LmsHasher
    {
        /// <summary>Bytes of the identifier I.</summary>
        public const int IdentifierBytes = 16;

        /// <summary>Domain separator of the LM-OTS public key hash (D_PBLC).</summary>
        public const int DomainPublic = 0x8080;

        /// <summary>Domain separator of the message hash (D_MESG).</summary>
        public const int DomainMessage = 0x8181;

        /// <summary>Domain separator of a leaf (D_LEAF).</summary>
        public const int DomainLeaf = 0x8282;

        /// <summary>Domain separator of an interior node (D_INTR).</summary>
        public const int DomainInterior = 0x8383;

        /// <summary>The chain index used to derive the randomizer C from the seed; chains stop at 264, so no clash.</summary>
        public const int RandomizerIndex = 0xFFFD;

        /// <summary>The step byte RFC 8554 Appendix A uses to derive secrets from the seed.</summary>
        public const int SeedStep = 0xFF;

        // I (16) || u32 q (4) || u16 i (2) || u8 j (1) || value (32): every chain step and secret derivation, one block.
        private const int StepBytes = 55;
        private const int StepIndexAt = 20;
        private const int StepByteAt = 22;
        private const int StepValueAt = 23;
        private const int NodeBytes = 32;

        private readonly ISha256 _step;
        private readonly ISha256 _outer;
        private readonly byte[] _stepInput = new byte[StepBytes];
        private readonly byte[] _prefix = new byte[IdentifierBytes + 6];
        private readonly byte[] _digest = new byte[NodeBytes + 2];

        /// <summary>Creates the working state over two fresh hashes.</summary>
        public LmsHasher(Sha256Factory hashes)
        {
            _step = hashes();
            _outer = hashes();
        }

        /// <summary>
        /// The LM-OTS public key K of one-time key <paramref name="q"/> (RFC 8554 4.3), derived from the seed as in
        /// Appendix A: each secret is H(I || q || i || 0xff || SEED), and K hashes every chain's end.
        /// </summary>
        public void OtsPublicKey(LmOtsParameterSet ots, byte[] identifier, uint q, byte[] seed, byte[] output, int offset)
        {
            BeginStep(identifier, q);
            BeginOuter(identifier, q, DomainPublic);
            for (int i = 0; i < ots.Chains; i++)
            {
                DeriveStep(i, seed);
                Chain(0, ots.ChainMax);
                _outer.Update(_stepInput, StepValueAt, NodeBytes);
            }

            _outer.Final(output, offset);
        }

        /// <summary>Writes the LM-OTS signature (type, C, p chain values) of <paramref name="message"/> at <paramref name="offset"/>.</summary>
        public void OtsSign(LmOtsParameterSet ots, byte[] identifier, uint q, byte[] seed, byte[] message, byte[] signature, int offset)
        {
            WriteUInt32BigEndian(signature, offset, ots.TypeCode);
            BeginStep(identifier, q);
            DeriveStep(RandomizerIndex, seed);
            System.Array.Copy(_stepInput, StepValueAt, signature, offset + 4, NodeBytes);
            DigestMessage(ots, identifier, q, signature, offset + 4, message, 0, message.Length);
            for (int i = 0; i < ots.Chains; i++)
            {
                DeriveStep(i, seed);
                Chain(0, Coefficient(ots, i));
                System.Array.Copy(_stepInput, StepValueAt, signature, offset + 4 + NodeBytes + (i * NodeBytes), NodeBytes);
            }
        }

        /// <summary>
        /// The candidate public key Kc from the LM-OTS signature at <paramref name="offset"/> (RFC 8554 4.6) over the
        /// <paramref name="messageLength"/> bytes of <paramref name="message"/> from <paramref name="messageOffset"/>; the caller
        /// has checked the type and the length.
        /// </summary>
        public void OtsCandidate(LmOtsParameterSet ots, byte[] identifier, uint q, byte[] message, int messageOffset, int messageLength,
            byte[] signature, int offset, byte[] output, int outputOffset)
        {
            BeginStep(identifier, q);
            DigestMessage(ots, identifier, q, signature, offset + 4, message, messageOffset, messageLength);
            BeginOuter(identifier, q, DomainPublic);
            for (int i = 0; i < ots.Chains; i++)
            {
                _stepInput[StepIndexAt] = (byte)(i >> 8);
                _stepInput[StepIndexAt + 1] = (byte)i;
                System.Array.Copy(signature, offset + 4 + NodeBytes + (i * NodeBytes), _stepInput, StepValueAt, NodeBytes);
                Chain(Coefficient(ots, i), ots.ChainMax);
                _outer.Update(_stepInput, StepValueAt, NodeBytes);
            }

            _outer.Final(output, outputOffset);
        }

        /// <summary>The leaf node T[r] = H(I || r || D_LEAF || K).</summary>
        public void Leaf(byte[] identifier, uint r, byte[] key, int keyOffset, byte[] output, int offset)
        {
            BeginOuter(identifier, r, DomainLeaf);
            _outer.Update(key, keyOffset, NodeBytes);
            _outer.Final(output, offset);
        }

        /// <summary>The interior node T[r] = H(I || r || D_INTR || left || right).</summary>
        public void Interior(byte[] identifier, uint r, byte[] left, int leftOffset, byte[] right, int rightOffset, byte[] output, int offset)
        {
            BeginOuter(identifier, r, DomainInterior);
            _outer.Update(left, leftOffset, NodeBytes);
            _outer.Update(right, rightOffset, NodeBytes);
            _outer.Final(output, offset);
        }

        /// <summary>Writes <paramref name="value"/> big-endian, as RFC 8554's u32str.</summary>
        public static void WriteUInt32BigEndian(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }

        /// <summary>Reads a big-endian 32-bit value.</summary>
        public static uint ReadUInt32BigEndian(byte[] buffer, int offset)
        {
            return ((uint)buffer[offset] << 24) | ((uint)buffer[offset + 1] << 16) | ((uint)buffer[offset + 2] << 8) | buffer[offset + 3];
        }

        private void BeginStep(byte[] identifier, uint q)
        {
            System.Array.Copy(identifier, 0, _stepInput, 0, IdentifierBytes);
            WriteUInt32BigEndian(_stepInput, IdentifierBytes, q);
        }

        private void BeginOuter(byte[] identifier, uint q, int domain)
        {
            System.Array.Copy(identifier, 0, _prefix, 0, IdentifierBytes);
            WriteUInt32BigEndian(_prefix, IdentifierBytes, q);
            _prefix[IdentifierBytes + 4] = (byte)(domain >> 8);
            _prefix[IdentifierBytes + 5] = (byte)domain;
            _outer.Reset();
            _outer.Update(_prefix, 0, _prefix.Length);
        }

        // Q = H(I || q || D_MESG || C || message), followed by its checksum: the digits the chains sign.
        private void DigestMessage(LmOtsParameterSet ots, byte[] identifier, uint q, byte[] randomizer, int randomizerOffset,
            byte[] message, int messageOffset, int messageLength)
        {
            BeginOuter(identifier, q, DomainMessage);
            _outer.Update(randomizer, randomizerOffset, NodeBytes);
            _outer.Update(message, messageOffset, messageLength);
            _outer.Final(_digest, 0);
            int digits = (8 * NodeBytes) / ots.Width;
            int sum = 0;
            for (int i = 0; i < digits; i++)
            {
                sum += ots.ChainMax - Coefficient(ots, i);
            }

            sum <<= ots.ChecksumShift;
            _digest[NodeBytes] = (byte)(sum >> 8);
            _digest[NodeBytes + 1] = (byte)sum;
        }

        // coef(Q || Cksm(Q), i, w) of RFC 8554 3.1.3.
        private int Coefficient(LmOtsParameterSet ots, int i)
        {
            int width = ots.Width;
            int perByte = 8 / width;
            int shift = 8 - ((width * (i % perByte)) + width);
            return (_digest[(i * width) / 8] >> shift) & ots.ChainMax;
        }

        private void DeriveStep(int index, byte[] seed)
        {
            _stepInput[StepIndexAt] = (byte)(index >> 8);
            _stepInput[StepIndexAt + 1] = (byte)index;
            _stepInput[StepByteAt] = SeedStep;
            System.Array.Copy(seed, 0, _stepInput, StepValueAt, NodeBytes);
            HashStep();
        }

        // value = H(I || q || i || j || value) for j in [from, to): the Winternitz chain.
        private void Chain(int from, int to)
        {
            for (int j = from; j < to; j++)
            {
                _stepInput[StepByteAt] = (byte)j;
                HashStep();
            }
        }

        private void HashStep()
        {
            _step.Reset();
            _step.Update(_stepInput, 0, StepBytes);
            _step.Final(_stepInput, StepValueAt);
        }
    }
}
