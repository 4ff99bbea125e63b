namespace Generals.Core.Crypto
{
    /// <summary>An LM-OTS parameter set of RFC 8554 (Table 1): SHA-256, n = 32, Winternitz width w.</summary>
    public sealed class LmOtsParameterSet
    {
        /// <summary>Bytes in every hash value (n).</summary>
        public const int HashBytes = 32;

        /// <summary>LMOTS_SHA256_N32_W1: the largest signatures, the fewest hashes.</summary>
        public static readonly LmOtsParameterSet W1 = new LmOtsParameterSet(1, 1, 265, 7, "W1");

        /// <summary>LMOTS_SHA256_N32_W2.</summary>
        public static readonly LmOtsParameterSet W2 = new LmOtsParameterSet(2, 2, 133, 6, "W2");

        /// <summary>LMOTS_SHA256_N32_W4: the kit's default, a balance of size and speed.</summary>
        public static readonly LmOtsParameterSet W4 = new LmOtsParameterSet(3, 4, 67, 4, "W4");

        /// <summary>LMOTS_SHA256_N32_W8: the smallest signatures, the most hashes.</summary>
        public static readonly LmOtsParameterSet W8 = new LmOtsParameterSet(4, 8, 34, 0, "W8");

        private LmOtsParameterSet(uint typeCode, int width, int chains, int checksumShift, string name)
        {
            TypeCode = typeCode;
            Width = width;
            Chains = chains;
            ChecksumShift = checksumShift;
            Name = name;
        }

        /// <summary>The RFC 8554 type code on the wire.</summary>
        public uint TypeCode { get; }

        /// <summary>The Winternitz parameter w: bits signed per chain.</summary>
        public int Width { get; }

        /// <summary>The number of hash chains p.</summary>
        public int Chains { get; }

        /// <summary>The left shift ls applied to the checksum.</summary>
        public int ChecksumShift { get; }

        /// <summary>The short name used in nf.config and key files ("W4").</summary>
        public string Name { get; }

        /// <summary>The highest chain position: 2^w - 1.</summary>
        public int ChainMax
        {
            get { return (1 << Width) - 1; }
        }

        /// <summary>Bytes of an LM-OTS signature: type, C and p chain values.</summary>
        public int SignatureBytes
        {
            get { return 4 + HashBytes + (Chains * HashBytes); }
        }

        /// <summary>The parameter set with <paramref name="typeCode"/>, or null when RFC 8554 defines none we support.</summary>
        public static LmOtsParameterSet FromTypeCode(uint typeCode)
        {
            switch (typeCode)
            {
                case 1: return W1;
                case 2: return W2;
                case 3: return W4;
                case 4: return W8;
                default: return null;
            }
        }

        /// <summary>The parameter set named "W1", "W2", "W4" or "W8" (any case), or null.</summary>
        public static LmOtsParameterSet FromName(string name)
        {
            if (name == null)
            {
                return null;
            }

            string upper = name.ToUpper();
            if (upper == "W1")
            {
                return W1;
            }

            if (upper == "W2")
            {
                return W2;
            }

            if (upper == "W4")
            {
                return W4;
            }

            return upper == "W8" ? W8 : null;
        }
    }
}
