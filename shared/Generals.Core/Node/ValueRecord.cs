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
            return bytes == null ? null : TryDecode(bytes, 0, bytes.Length, out type);
        }

        /// <summary>
        /// The values of the well-formed record in the <paramref name="length"/> bytes of <paramref name="bytes"/> from
        /// <paramref name="offset"/> (a frame's payload where it lies, not copied out), or null.
        /// </summary>
        public static long[] TryDecode(byte[] bytes, int offset, int length, out int type)
        {
            type = 0;
            if (bytes == null || offset < 0 || length < 2 || length > bytes.Length - offset)
            {
                return null;
            }

            int count = bytes[offset + 1];
            if (count > ValuesMax || length != 2 + (8 * count))
            {
                return null;
            }

            type = bytes[offset];
            long[] values = new long[count];
            for (int i = 0; i < count; i++)
            {
                values[i] = unchecked((long)Bytes.ReadUInt64(bytes, offset + 2 + (8 * i)));
            }

            return values;
        }
    }
}
