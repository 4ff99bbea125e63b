using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// An SM(m) order with its chain of signatures, commander first ("v:0:j1:...:jk" in the paper). Payload:
    /// [protocol 3][order][count]{[signer][signature length u16][signature]} x count. Signer t signs
    /// <see cref="SigningBytes"/>: the kit, the instance, the order, the signers 0..t and the signatures 0..t-1,
    /// so a signature binds the order to its instance (a replay from another instance does not verify) and to
    /// every signature before it (a relay cannot be rearranged). Decoding is total.
    /// </summary>
    public sealed class SignedChain
    {
        /// <summary>The most signatures a chain carries: m + 1.</summary>
        public const int SignaturesMax = SynchronousProtocol.MMax + 1;

        private static readonly byte[] Tag = new byte[] { (byte)'g', (byte)'l', (byte)'-', (byte)'s', (byte)'m', (byte)'1' };

        private readonly int[] _signers;
        private readonly byte[][] _signatures;

        private SignedChain(int order, int[] signers, byte[][] signatures)
        {
            Order = order;
            _signers = signers;
            _signatures = signatures;
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
            return new SignedChain(order, new int[] { commander }, new byte[][] { signature });
        }

        /// <summary>The bytes the commander signs to start a chain.</summary>
        public static byte[] FirstSigningBytes(string kit, uint instance, int order, int commander)
        {
            SignedChain empty = new SignedChain(order, new int[] { commander }, new byte[][] { new byte[0] });
            return empty.SigningBytes(kit, instance, 0);
        }

        /// <summary>The chain of a well-formed payload, or null.</summary>
        public static SignedChain TryDecode(byte[] payload)
        {
            RecordReader reader = new RecordReader(payload, 0);
            int protocol = reader.ReadByte();
            int order = reader.ReadByte();
            int count = reader.ReadByte();
            if (!reader.Ok || protocol != ProtocolCodes.SignedMessages || !ProtocolCodes.IsOrder(order) || count < 1 || count > SignaturesMax)
            {
                return null;
            }

            int[] signers = new int[count];
            byte[][] signatures = new byte[count][];
            for (int i = 0; i < count; i++)
            {
                signers[i] = reader.ReadByte();
                int length = reader.ReadUInt16();
                if (!reader.Ok || signers[i] < 1 || signers[i] > FrameLimits.GeneralIdMax || length < 1 || length > FrameLimits.SignatureBytesMax)
                {
                    return null;
                }

                signatures[i] = reader.ReadBytes(length);
            }

            return reader.AtEnd ? new SignedChain(order, signers, signatures) : null;
        }

        /// <summary>The id of signer <paramref name="position"/> (0 is the commander).</summary>
        public int Signer(int position)
        {
            return _signers[position];
        }

        /// <summary>The signature at <paramref name="position"/>.</summary>
        public byte[] Signature(int position)
        {
            return _signatures[position];
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

        /// <summary>The bytes signer <paramref name="position"/> signs (see the class summary).</summary>
        public byte[] SigningBytes(string kit, uint instance, int position)
        {
            // Sized exactly: the earlier signatures are LMS's 2.5 KB each, and a writer grown by doubling allocates twice that.
            int length = Tag.Length + 1 + kit.Length + 4 + 1 + 1 + position + 1;
            for (int i = 0; i < position; i++)
            {
                length += 2 + _signatures[i].Length;
            }

            RecordWriter writer = new RecordWriter(length);
            writer.WriteBytes(Tag);
            writer.WriteByte(kit.Length);
            for (int i = 0; i < kit.Length; i++)
            {
                writer.WriteByte(kit[i] & 0x7F);
            }

            writer.WriteUInt32(instance);
            writer.WriteByte(Order);
            writer.WriteByte(position + 1);
            for (int i = 0; i <= position; i++)
            {
                writer.WriteByte(_signers[i]);
            }

            for (int i = 0; i < position; i++)
            {
                writer.WriteBlock(_signatures[i]);
            }

            return writer.ToArray();
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
            byte[][] signatures = new byte[Count + 1][];
            for (int i = 0; i < Count; i++)
            {
                signers[i] = _signers[i];
                signatures[i] = _signatures[i];
            }

            signers[Count] = signer;
            signatures[Count] = signature;
            return new SignedChain(Order, signers, signatures);
        }

        /// <summary>This chain claiming another order, signatures unchanged (a forgery: they no longer verify).</summary>
        public SignedChain WithOrder(int order)
        {
            return new SignedChain(order, CopyOf(_signers), CopyOf(_signatures));
        }

        /// <summary>This chain with the signature at <paramref name="position"/> replaced (a forgery when not the signer's).</summary>
        public SignedChain WithSignature(int position, int signer, byte[] signature)
        {
            int[] signers = CopyOf(_signers);
            byte[][] signatures = CopyOf(_signatures);
            signers[position] = signer;
            signatures[position] = signature;
            return new SignedChain(Order, signers, signatures);
        }

        /// <summary>The payload, or null when it would exceed the frame payload limit.</summary>
        public byte[] Encode()
        {
            int length = 3;
            for (int i = 0; i < Count; i++)
            {
                length += 3 + _signatures[i].Length;
            }

            RecordWriter writer = new RecordWriter(length);
            writer.WriteByte(ProtocolCodes.SignedMessages);
            writer.WriteByte(Order);
            writer.WriteByte(Count);
            for (int i = 0; i < Count; i++)
            {
                writer.WriteByte(_signers[i]);
                writer.WriteBlock(_signatures[i]);
            }

            return writer.Length > FrameLimits.PayloadBytesMax ? null : writer.ToArray();
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
