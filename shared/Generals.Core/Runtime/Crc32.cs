namespace Generals.Core.Runtime
{
    /// <summary>
    /// CRC-32 as zlib, gzip and Ethernet compute it (reflected polynomial 0xEDB88320, initial value and final xor
    /// 0xFFFFFFFF; the check value of "123456789" is 0xCBF43926). It finds every error of up to three bits in a
    /// record of up to 11 KB and every burst of up to 32 bits, which is what a flipped bit in flash or a torn sector
    /// looks like. Table-driven: 1 KB of table, one lookup per byte.
    /// </summary>
    public static class Crc32
    {
        private const uint Polynomial = 0xEDB88320;

        private static readonly uint[] Table = BuildTable();

        /// <summary>The running value before any byte.</summary>
        public const uint Initial = 0xFFFFFFFF;

        /// <summary>Feeds <paramref name="count"/> bytes of <paramref name="bytes"/> from <paramref name="offset"/> into a running value.</summary>
        public static uint Update(uint running, byte[] bytes, int offset, int count)
        {
            Check.NotNull(bytes, "bytes");
            Check.That(offset >= 0 && count >= 0 && offset <= bytes.Length - count, "CRC range inside the array");
            for (int i = offset; i < offset + count; i++)
            {
                running = Table[(running ^ bytes[i]) & 0xFF] ^ (running >> 8);
            }

            return running;
        }

        /// <summary>Feeds one byte into a running value.</summary>
        public static uint Update(uint running, byte value)
        {
            return Table[(running ^ value) & 0xFF] ^ (running >> 8);
        }

        /// <summary>The CRC of a running value: its final xor.</summary>
        public static uint Finish(uint running)
        {
            return running ^ 0xFFFFFFFF;
        }

        /// <summary>The CRC-32 of <paramref name="bytes"/>.</summary>
        public static uint Compute(byte[] bytes)
        {
            Check.NotNull(bytes, "bytes");
            return Finish(Update(Initial, bytes, 0, bytes.Length));
        }

        private static uint[] BuildTable()
        {
            uint[] table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
