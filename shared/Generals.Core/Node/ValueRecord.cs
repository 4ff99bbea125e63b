using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>
    /// The payload encoding shared by telemetry events and control commands:
    /// [type u8][count u8][count x i64 little-endian]. Decoding is total: null for anything malformed.
    /// </summary>
    public static class ValueRecord
    {
        /// <summary>The most values a record carries.</summary>
        public const int ValuesMax = 8;

        /// <summary>Encodes a type and its values.</summary>
        public static byte[] Encode(int type, long[] values)
        {
            byte[] bytes = new byte[2 + (8 * values.Length)];
            bytes[0] = (byte)type;
            bytes[1] = (byte)values.Length;
            for (int i = 0; i < values.Length; i++)
            {
                Bytes.WriteUInt64(bytes, 2 + (8 * i), unchecked((ulong)values[i]));
            }

            return bytes;
        }

        /// <summary>The values of a well-formed record (type in <paramref name="type"/>), or null.</summary>
        public static long[] TryDecode(byte[] bytes, out int type)
        {
            type = 0;
            if (bytes == null || bytes.Length < 2)
            {
                return null;
            }

            int count = bytes[1];
            if (count > ValuesMax || bytes.Length != 2 + (8 * count))
            {
                return null;
            }

            type = bytes[0];
            long[] values = new long[count];
            for (int i = 0; i < count; i++)
            {
                values[i] = unchecked((long)Bytes.ReadUInt64(bytes, 2 + (8 * i)));
            }

            return values;
        }
    }
}
