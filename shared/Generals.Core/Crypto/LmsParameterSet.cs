namespace Generals.Core.Crypto
{
    /// <summary>An LMS parameter set of RFC 8554 (Table 2) the kit supports: SHA-256, m = 32, tree height 5, 10 or 15.</summary>
    public sealed class LmsParameterSet
    {
        /// <summary>Bytes in every tree node (m).</summary>
        public const int NodeBytes = 32;

        /// <summary>LMS_SHA256_M32_H5: 32 signatures, for tests and short demos.</summary>
        public static readonly LmsParameterSet H5 = new LmsParameterSet(5, 5, "H5");

        /// <summary>LMS_SHA256_M32_H10: 1024 signatures, the kit's default.</summary>
        public static readonly LmsParameterSet H10 = new LmsParameterSet(6, 10, "H10");

        /// <summary>LMS_SHA256_M32_H15: 32768 signatures; key generation takes a while on the host.</summary>
        public static readonly LmsParameterSet H15 = new LmsParameterSet(7, 15, "H15");

        private LmsParameterSet(uint typeCode, int height, string name)
        {
            TypeCode = typeCode;
            Height = height;
            Name = name;
        }

        /// <summary>The RFC 8554 type code on the wire.</summary>
        public uint TypeCode { get; }

        /// <summary>The tree height h.</summary>
        public int Height { get; }

        /// <summary>The short name used in nf.config and key files ("H10").</summary>
        public string Name { get; }

        /// <summary>One-time keys in a tree: 2^h.</summary>
        public int Leaves
        {
            get { return 1 << Height; }
        }

        /// <summary>The parameter set with <paramref name="typeCode"/>, or null when the kit does not support it.</summary>
        public static LmsParameterSet FromTypeCode(uint typeCode)
        {
            switch (typeCode)
            {
                case 5: return H5;
                case 6: return H10;
                case 7: return H15;
                default: return null;
            }
        }

        /// <summary>The parameter set named "H5", "H10" or "H15" (any case), or null.</summary>
        public static LmsParameterSet FromName(string name)
        {
            if (name == null)
            {
                return null;
            }

            string upper = name.ToUpper();
            if (upper == "H5")
            {
                return H5;
            }

            if (upper == "H10")
            {
                return H10;
            }

            return upper == "H15" ? H15 : null;
        }

        /// <summary>Bytes of an LMS signature with <paramref name="ots"/>: q, the LM-OTS signature, type and h path nodes.</summary>
        public int SignatureBytes(LmOtsParameterSet ots)
        {
            return 4 + ots.SignatureBytes + 4 + (Height * NodeBytes);
        }
    }
}
