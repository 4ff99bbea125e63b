namespace Generals.Core.Wire
{
    /// <summary>Little-endian integer access and byte-array helpers shared by every codec in Core.</summary>
    public static class Bytes
    {
        /// <summary>Writes a 16-bit value little-endian.</summary>
        public static void WriteUInt16(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)(value & 0xFF);
            buffer[offset + 1] = (byte)((value >> 8) & 0xFF);
        }

        /// <summary>Writes a 32-bit value little-endian.</summary>
        public static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value & 0xFF);
            buffer[offset + 1] = (byte)((value >> 8) & 0xFF);
            buffer[offset + 2] = (byte)((value >> 16) & 0xFF);
            buffer[offset + 3] = (byte)((value >> 24) & 0xFF);
        }

        /// <summary>Writes a 64-bit value little-endian.</summary>
        public static void WriteUInt64(byte[] buffer, int offset, ulong value)
        {
            WriteUInt32(buffer, offset, (uint)(value & 0xFFFFFFFF));
            WriteUInt32(buffer, offset + 4, (uint)(value >> 32));
        }

        /// <summary>Reads a 16-bit value little-endian.</summary>
        public static int ReadUInt16(byte[] buffer, int offset)
        {
            return buffer[offset] | (buffer[offset + 1] << 8);
        }

        /// <summary>Reads a 32-bit value little-endian.</summary>
        public static uint ReadUInt32(byte[] buffer, int offset)
        {
            return (uint)buffer[offset] | ((uint)buffer[offset + 1] << 8) | ((uint)buffer[offset + 2] << 16)
                | ((uint)buffer[offset + 3] << 24);
        }

        /// <summary>Reads a 64-bit value little-endian.</summary>
        public static ulong ReadUInt64(byte[] buffer, int offset)
        {
            return ReadUInt32(buffer, offset) | ((ulong)ReadUInt32(buffer, offset + 4) << 32);
        }

        /// <summary>Content equality; two nulls are equal.</summary>
        public static bool Equal(byte[] a, byte[] b)
        {
            if (a == null || b == null)
            {
                return a == null && b == null;
            }

            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A copy of <paramref name="source"/> (nanoFramework's Array.Clone is reflection-only).</summary>
        public static byte[] Copy(byte[] source)
        {
            return Slice(source, 0, source.Length);
        }

        /// <summary>A new array holding <paramref name="count"/> bytes of <paramref name="source"/> from <paramref name="offset"/>.</summary>
        public static byte[] Slice(byte[] source, int offset, int count)
        {
            byte[] result = new byte[count];
            System.Array.Copy(source, offset, result, 0, count);
            return result;
        }
    }
}
