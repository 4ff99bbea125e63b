using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// An SM(m) order with its chain of signatures, commander first ("v:0:j1:...:jk" in the paper). Payload:
    /// [protocol 3][order][count]{[signer u16][signature length u16][signature]} x count (all little-endian; ids have two
    /// bytes, as in the frame header). Signer t signs <see cref="SigningBytes"/>: the kit, the instance, the order, the
    /// signers 0..t (u16 each) and the signatures 0..t-1,
    /// so a signature binds the order to its instance (a replay from another instance does not verify) and to
    /// every signature before it (a relay cannot be rearranged). Decoding is total. A decoded chain reads its
    /// signatures where they lie in the payload (a board verifies kilobytes of LMS signatures without copying them).
    /// </summary>
    public sealed class SignedChain : IPayloadWriter
    {
        /// <summary>The most signatures a chain carries: m + 1.</summary>
        public const int SignaturesMax = SynchronousProtocol.MMax + 1;

        /// <summary>Bytes before the first entry: protocol, order, count.</summary>
        public const int HeaderBytes = 3;

        /// <summary>Bytes of an entry besides its signature: the signer (u16) and the signature's length (u16).</summary>
        public const int EntryHeaderBytes = 4;

        /// <summary>Bytes of a signer id, in the payload and in the signing bytes.</summary>
        public const int IdBytes = 2;

        private static readonly byte[] Tag = new byte[] { (byte)'g', (byte)'l', (byte)'-', (byte)'s', (byte)'m', (byte)'2' };

        private readonly int[] _signers;

        // Signature i is the _lengths[i] bytes of _sources[i] from _offsets[i]: a whole array the chain was given, or a
        // segment of the payload it was decoded from.
        private readonly byte[][] _sources;
        private readonly int[] _offsets;
        private readonly int[] _lengths;
        private byte[] _encoded;

        private SignedChain(int order, int[] signers, byte[][] sources, int[] offsets, int[] lengths)
        {
            Order = order;
            _signers = signers;
            _sources = sources;
            _offsets = offsets;
            _lengths = lengths;
        }

        /// <summary>The order the chain carries.</summary>
        public int Order { get; }

        /// <summary>How many signatures the chain carries.</summary>
        public int Count
        {
            get { return _signers.Length; }
        }

        /// <summary>A chain of only the commander's signature.</summary>
        public static SignedChain First(int order, int commander, byte[] signature)
        {
            Check.That(ProtocolCodes.IsOrder(order), "a chain carries an order");
            Check.NotNull(signature, "signature");
            return new SignedChain(order, new int[] { commander }, new byte[][] { signature }, new int[1], new int[] { signature.Length });
        }

        /// <summary>The bytes the commander signs to start a chain.</summary>
        public static byte[] FirstSigningBytes(string kit, uint instance, int order, int commander)
        {
            SignedChain empty = First(order, commander, new byte[0]);
            return empty.SigningBytes(kit, instance, 0);
        }

        /// <summary>The chain of a well-formed payload, or null.</summary>
        public static SignedChain TryDecode(byte[] payload)
        {
            return payload == null ? null : TryDecode(payload, 0, payload.Length);
        }

        /// <summary>
        /// The chain of the well-formed payload in the <paramref name="length"/> bytes of <paramref name="bytes"/> from
        /// <paramref name="offset"/>, or null. Its signatures stay where they lie: keep the bytes unchanged while the chain is used.
        /// </summary>
        public static SignedChain TryDecode(byte[] bytes, int offset, int length)
        {
            if (bytes == null || offset < 0 || length < HeaderBytes || length > bytes.Length - offset)
            {
                return null;
            }

            int end = offset + length;
            int protocol = bytes[offset];
            int order = bytes[offset + 1];
            int count = bytes[offset + 2];
            if (protocol != ProtocolCodes.SignedMessages || !ProtocolCodes.IsOrder(order) || count < 1 || count > SignaturesMax)
            {
                return null;
            }

            int[] signers = new int[count];
            byte[][] sources = new byte[count][];
            int[] offsets = new int[count];
            int[] lengths = new int[count];
            int at = offset + HeaderBytes;
            for (int i = 0; i < count; i++)
            {
                if (end - at < EntryHeaderBytes)
                {
                    return null;
                }

                signers[i] = Bytes.ReadUInt16(bytes, at);
                int signatureLength = Bytes.ReadUInt16(bytes, at + IdBytes);
                at += EntryHeaderBytes;
                if (signers[i] < 1 || signers[i] > FrameLimits.GeneralIdMax || signatureLength < 1 || signatureLength > FrameLimits.SignatureBytesMax
                    || end - at < signatureLength)
                {
                    return null;
                }

                sources[i] = bytes;
                offsets[i] = at;
                lengths[i] = signatureLength;
                at += signatureLength;
            }

            return at == end ? new SignedChain(order, signers, sources, offsets, lengths) : null;
        }

        /// <summary>The id of signer <paramref name="position"/> (0 is the commander).</summary>
        public int Signer(int position)
        {
            return _signers[position];
        }

        /// <summary>The signature at <paramref name="position"/> (a copy when the chain was decoded from a payload).</summary>
        public byte[] Signature(int position)
        {
            byte[] source = _sources[position];
            return _offsets[position] == 0 && _lengths[position] == source.Length ? source : Bytes.Slice(source, _offsets[position], _lengths[position]);
        }

        /// <summary>The array signature <paramref name="position"/> lies in (read it, never change it).</summary>
        public byte[] SignatureSource(int position)
        {
            return _sources[position];
        }

        /// <summary>Where signature <paramref name="position"/> starts in <see cref="SignatureSource"/>.</summary>
        public int SignatureOffset(int position)
        {
            return _offsets[position];
        }

        /// <summary>Bytes in signature <paramref name="position"/>.</summary>
        public int SignatureLength(int position)
        {
            return _lengths[position];
        }

        /// <summary>True when <paramref name="general"/> signed the chain.</summary>
        public bool HasSigner(int general)
        {
            for (int i = 0; i < _signers.Length; i++)
            {
                if (_signers[i] == general)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Bytes of what signer <paramref name="position"/> signs (see <see cref="SigningBytes"/>).</summary>
        public int SigningLength(string kit, int position)
        {
            int length = Tag.Length + 1 + kit.Length + 4 + 1 + 1 + (IdBytes * (position + 1));
            for (int i = 0; i < position; i++)
            {
                length += 2 + _lengths[i];
            }

            return length;
        }

        /// <summary>The bytes signer <paramref name="position"/> signs (see the class summary), in a new array.</summary>
        public byte[] SigningBytes(string kit, uint instance, int position)
        {
            byte[] bytes = new byte[SigningLength(kit, position)];
            WriteSigningBytes(kit, instance, position, bytes);
            return bytes;
        }

        /// <summary>
        /// Writes what signer <paramref name="position"/> signs at the start of <paramref name="buffer"/> (at least
        /// <see cref="SigningLength"/> bytes: a verifier's reused buffer) and returns its length.
        /// </summary>
        public int WriteSigningBytes(string kit, uint instance, int position, byte[] buffer)
        {
            int length = SigningLength(kit, position);
            Check.That(buffer != null && buffer.Length >= length, "the buffer holds the signing bytes");
            int at = 0;
            System.Array.Copy(Tag, 0, buffer, 0, Tag.Length);
            at += Tag.Length;
            buffer[at++] = (byte)kit.Length;
            for (int i = 0; i < kit.Length; i++)
            {
                buffer[at++] = (byte)(kit[i] & 0x7F);
            }

            Bytes.WriteUInt32(buffer, at, instance);
            at += 4;
            buffer[at++] = (byte)Order;
            buffer[at++] = (byte)(position + 1);
            for (int i = 0; i <= position; i++)
            {
                Bytes.WriteUInt16(buffer, at, _signers[i]);
                at += IdBytes;
            }

            for (int i = 0; i < position; i++)
            {
                Bytes.WriteUInt16(buffer, at, _lengths[i]);
                System.Array.Copy(_sources[i], _offsets[i], buffer, at + 2, _lengths[i]);
                at += 2 + _lengths[i];
            }

            Check.That(at == length, "wrote exactly the signing bytes");
            return length;
        }

        /// <summary>The bytes <paramref name="signer"/> signs to extend this chain.</summary>
        public byte[] ExtensionSigningBytes(string kit, uint instance, int signer)
        {
            return Extend(signer, new byte[0]).SigningBytes(kit, instance, Count);
        }

        /// <summary>This chain with one more signature.</summary>
        public SignedChain Extend(int signer, byte[] signature)
        {
            Check.NotNull(signature, "signature");
            int[] signers = new int[Count + 1];
            byte[][] sources = new byte[Count + 1][];
            int[] offsets = new int[Count + 1];
            int[] lengths = new int[Count + 1];
            for (int i = 0; i < Count; i++)
            {
                signers[i] = _signers[i];
                sources[i] = _sources[i];
                offsets[i] = _offsets[i];
                lengths[i] = _lengths[i];
            }

            signers[Count] = signer;
            sources[Count] = signature;
            lengths[Count] = signature.Length;
            return new SignedChain(Order, signers, sources, offsets, lengths);
        }

        /// <summary>This chain claiming another order, signatures unchanged (a forgery: they no longer verify).</summary>
        public SignedChain WithOrder(int order)
        {
            return new SignedChain(order, CopyOf(_signers), CopyOf(_sources), CopyOf(_offsets), CopyOf(_lengths));
        }

        /// <summary>This chain with the signature at <paramref name="position"/> replaced (a forgery when not the signer's).</summary>
        public SignedChain WithSignature(int position, int signer, byte[] signature)
        {
            Check.NotNull(signature, "signature");
            int[] signers = CopyOf(_signers);
            byte[][] sources = CopyOf(_sources);
            int[] offsets = CopyOf(_offsets);
            int[] lengths = CopyOf(_lengths);
            signers[position] = signer;
            sources[position] = signature;
            offsets[position] = 0;
            lengths[position] = signature.Length;
            return new SignedChain(Order, signers, sources, offsets, lengths);
        }

        /// <summary>Bytes of the chain's payload (may exceed the frame payload limit: <see cref="Encode"/> is null then).</summary>
        public int PayloadLength
        {
            get
            {
                int length = HeaderBytes;
                for (int i = 0; i < Count; i++)
                {
                    length += EntryHeaderBytes + _lengths[i];
                }

                return length;
            }
        }

        /// <summary>
        /// The payload, or null when it would exceed the frame payload limit. Made once per chain and shared (never change
        /// it); a chain that is only sent need not be: it writes itself into the frame (<see cref="WritePayload"/>).
        /// </summary>
        public byte[] Encode()
        {
            if (_encoded != null)
            {
                return _encoded;
            }

            int length = PayloadLength;
            if (length > FrameLimits.PayloadBytesMax)
            {
                return null;
            }

            byte[] payload = new byte[length];
            WritePayload(payload, 0);
            _encoded = payload;
            return payload;
        }

        /// <summary>Writes the payload (<see cref="PayloadLength"/> bytes) at <paramref name="offset"/>: order, count, then each signer and signature.</summary>
        public void WritePayload(byte[] buffer, int offset)
        {
            Check.That(buffer != null && offset >= 0 && buffer.Length - offset >= PayloadLength, "the buffer holds the payload");
            buffer[offset] = ProtocolCodes.SignedMessages;
            buffer[offset + 1] = (byte)Order;
            buffer[offset + 2] = (byte)Count;
            int at = offset + HeaderBytes;
            for (int i = 0; i < Count; i++)
            {
                Check.InRange(_signers[i], 1, FrameLimits.GeneralIdMax, "signer");
                Bytes.WriteUInt16(buffer, at, _signers[i]);
                Bytes.WriteUInt16(buffer, at + IdBytes, _lengths[i]);
                System.Array.Copy(_sources[i], _offsets[i], buffer, at + EntryHeaderBytes, _lengths[i]);
                at += EntryHeaderBytes + _lengths[i];
            }
        }

        /// <summary>The signers as text, "1,3,2".</summary>
        public string SignersText()
        {
            string text = string.Empty;
            for (int i = 0; i < _signers.Length; i++)
            {
                text = i == 0 ? _signers[i].ToString() : text + "," + _signers[i].ToString();
            }

            return text;
        }

        private static int[] CopyOf(int[] source)
        {
            int[] copy = new int[source.Length];
            System.Array.Copy(source, copy, source.Length);
            return copy;
        }

        private static byte[][] CopyOf(byte[][] source)
        {
            byte[][] copy = new byte[source.Length][];
            System.Array.Copy(source, copy, source.Length);
            return copy;
        }
    }
}
