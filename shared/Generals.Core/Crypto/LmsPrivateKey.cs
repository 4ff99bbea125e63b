using Generals.Core.Wire;
namespace Generals.Core.Crypto
{
    /// <summary>
    /// The secret part of an LMS key, as stored in <see cref="LmsRecords.Key"/>: a format byte, u32 type, u32 LM-OTS type,
    /// I (16) and SEED (32). Every one-time secret is derived from the seed (RFC 8554 Appendix A).
    /// </summary>
    public sealed class LmsPrivateKey
    {
        /// <summary>Bytes of the seed.</summary>
        public const int SeedBytes = 32;

        /// <summary>Bytes of the encoded record.</summary>
        public const int EncodedBytes = 1 + 8 + LmsHasher.IdentifierBytes + SeedBytes;

        private const byte Format = 1;

        /// <summary>Creates a key from its parts (copied).</summary>
        public LmsPrivateKey(LmsParameterSet parameters, LmOtsParameterSet ots, byte[] identifier, byte[] seed)
        {
            Runtime.Check.NotNull(parameters, "parameters");
            Runtime.Check.NotNull(ots, "ots");
            Runtime.Check.That(identifier != null && identifier.Length == LmsHasher.IdentifierBytes, "LMS identifier is 16 bytes");
            Runtime.Check.That(seed != null && seed.Length == SeedBytes, "LMS seed is 32 bytes");
            Parameters = parameters;
            Ots = ots;
            Identifier = Bytes.Copy(identifier);
            Seed = Bytes.Copy(seed);
        }

        /// <summary>The tree parameters.</summary>
        public LmsParameterSet Parameters { get; }

        /// <summary>The one-time signature parameters.</summary>
        public LmOtsParameterSet Ots { get; }

        /// <summary>The key pair identifier I.</summary>
        public byte[] Identifier { get; }

        /// <summary>The secret seed.</summary>
        public byte[] Seed { get; }

        /// <summary>The key in <paramref name="record"/>, or null when the record is missing or malformed.</summary>
        public static LmsPrivateKey TryParse(byte[] record)
        {
            if (record == null || record.Length != EncodedBytes || record[0] != Format)
            {
                return null;
            }

            LmsParameterSet parameters = LmsParameterSet.FromTypeCode(LmsHasher.ReadUInt32BigEndian(record, 1));
            LmOtsParameterSet ots = LmOtsParameterSet.FromTypeCode(LmsHasher.ReadUInt32BigEndian(record, 5));
            if (parameters == null || ots == null)
            {
                return null;
            }

            byte[] identifier = Wire.Bytes.Slice(record, 9, LmsHasher.IdentifierBytes);
            byte[] seed = Wire.Bytes.Slice(record, 9 + LmsHasher.IdentifierBytes, SeedBytes);
            return new LmsPrivateKey(parameters, ots, identifier, seed);
        }

        /// <summary>The record bytes.</summary>
        public byte[] Encode()
        {
            byte[] record = new byte[EncodedBytes];
            record[0] = Format;
            LmsHasher.WriteUInt32BigEndian(record, 1, Parameters.TypeCode);
            LmsHasher.WriteUInt32BigEndian(record, 5, Ots.TypeCode);
            System.Array.Copy(Identifier, 0, record, 9, LmsHasher.IdentifierBytes);
            System.Array.Copy(Seed, 0, record, 9 + LmsHasher.IdentifierBytes, SeedBytes);
            return record;
        }
    }
}
