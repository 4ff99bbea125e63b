using Generals.Core.Wire;
namespace Generals.Core.Crypto
{
    /// <summary>An LMS public key (RFC 8554 5.3): u32 type || u32 LM-OTS type || I (16) || T[1] (32), 56 bytes.</summary>
    public sealed class LmsPublicKey
    {
        /// <summary>Bytes of an encoded public key.</summary>
        public const int EncodedBytes = 8 + LmsHasher.IdentifierBytes + LmsParameterSet.NodeBytes;

        private readonly byte[] _encoded;

        private LmsPublicKey(LmsParameterSet parameters, LmOtsParameterSet ots, byte[] encoded)
        {
            Parameters = parameters;
            Ots = ots;
            _encoded = encoded;
            Identifier = new byte[LmsHasher.IdentifierBytes];
            System.Array.Copy(encoded, 8, Identifier, 0, LmsHasher.IdentifierBytes);
            Root = new byte[LmsParameterSet.NodeBytes];
            System.Array.Copy(encoded, 8 + LmsHasher.IdentifierBytes, Root, 0, LmsParameterSet.NodeBytes);
        }

        /// <summary>The tree parameters.</summary>
        public LmsParameterSet Parameters { get; }

        /// <summary>The one-time signature parameters.</summary>
        public LmOtsParameterSet Ots { get; }

        /// <summary>The key pair identifier I.</summary>
        public byte[] Identifier { get; }

        /// <summary>The Merkle root T[1].</summary>
        public byte[] Root { get; }

        /// <summary>The key, parsed, or null when <paramref name="encoded"/> is not a 56-byte key of a supported parameter set.</summary>
        public static LmsPublicKey TryParse(byte[] encoded)
        {
            if (encoded == null || encoded.Length != EncodedBytes)
            {
                return null;
            }

            LmsParameterSet parameters = LmsParameterSet.FromTypeCode(LmsHasher.ReadUInt32BigEndian(encoded, 0));
            LmOtsParameterSet ots = LmOtsParameterSet.FromTypeCode(LmsHasher.ReadUInt32BigEndian(encoded, 4));
            if (parameters == null || ots == null)
            {
                return null;
            }

            return new LmsPublicKey(parameters, ots, Bytes.Copy(encoded));
        }

        /// <summary>Encodes a key from its parts.</summary>
        public static byte[] Encode(LmsParameterSet parameters, LmOtsParameterSet ots, byte[] identifier, byte[] root)
        {
            byte[] encoded = new byte[EncodedBytes];
            LmsHasher.WriteUInt32BigEndian(encoded, 0, parameters.TypeCode);
            LmsHasher.WriteUInt32BigEndian(encoded, 4, ots.TypeCode);
            System.Array.Copy(identifier, 0, encoded, 8, LmsHasher.IdentifierBytes);
            System.Array.Copy(root, 0, encoded, 8 + LmsHasher.IdentifierBytes, LmsParameterSet.NodeBytes);
            return encoded;
        }

        /// <summary>The 56 bytes of the key, in a new array.</summary>
        public byte[] ToBytes()
        {
            return Bytes.Copy(_encoded);
        }
    }
}
