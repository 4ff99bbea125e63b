using Generals.Core.Runtime;

namespace Generals.Core.Crypto
{
    /// <summary>SHA-256 (FIPS 180-4) in portable C#: no allocation after construction, no generics, runs on the board.</summary>
    public sealed class Sha256 : ISha256
    {
        /// <summary>Bytes in a digest.</summary>
        public const int DigestBytes = 32;

        /// <summary>Bytes in one compression block.</summary>
        public const int BlockBytes = 64;

        private static readonly uint[] RoundConstants =
        {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        };

        private readonly uint[] _state = new uint[8];
        private readonly uint[] _schedule = new uint[64];
        private readonly byte[] _block = new byte[BlockBytes];
        private readonly Sha256Counter _counter;
        private int _blockFill;
        private long _totalBytes;

        /// <summary>Creates a hash ready for its first message.</summary>
        public Sha256()
            : this(null)
        {
        }

        /// <summary>Creates a hash whose compressions are counted by <paramref name="counter"/> (null: not counted).</summary>
        public Sha256(Sha256Counter counter)
        {
            _counter = counter;
            Reset();
        }

        /// <summary>A new portable hash: the <see cref="Sha256Factory"/> Core uses when the host gives none.</summary>
        public static ISha256 Create()
        {
            return new Sha256();
        }

        /// <summary>The digest of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>, in a new array.</summary>
        public static byte[] Hash(ISha256 hash, byte[] data, int offset, int count)
        {
            byte[] digest = new byte[DigestBytes];
            hash.Reset();
            hash.Update(data, offset, count);
            hash.Final(digest, 0);
            return digest;
        }

        /// <inheritdoc/>
        public void Reset()
        {
            _state[0] = 0x6a09e667;
            _state[1] = 0xbb67ae85;
            _state[2] = 0x3c6ef372;
            _state[3] = 0xa54ff53a;
            _state[4] = 0x510e527f;
            _state[5] = 0x9b05688c;
            _state[6] = 0x1f83d9ab;
            _state[7] = 0x5be0cd19;
            _blockFill = 0;
            _totalBytes = 0;
        }

        /// <inheritdoc/>
        public void Update(byte[] data, int offset, int count)
        {
            _totalBytes += count;
            if (_blockFill > 0)
            {
                int take = BlockBytes - _blockFill;
                if (take > count)
                {
                    take = count;
                }

                System.Array.Copy(data, offset, _block, _blockFill, take);
                _blockFill += take;
                offset += take;
                count -= take;
                if (_blockFill < BlockBytes)
                {
                    return;
                }

                Compress(_block, 0);
                _blockFill = 0;
            }

            while (count >= BlockBytes)
            {
                Compress(data, offset);
                offset += BlockBytes;
                count -= BlockBytes;
            }

            if (count > 0)
            {
                System.Array.Copy(data, offset, _block, 0, count);
                _blockFill = count;
            }
        }

        /// <inheritdoc/>
        public void Final(byte[] output, int offset)
        {
            long bitLength = _totalBytes * 8;
            _block[_blockFill++] = 0x80;
            if (_blockFill > BlockBytes - 8)
            {
                System.Array.Clear(_block, _blockFill, BlockBytes - _blockFill);
                Compress(_block, 0);
                _blockFill = 0;
            }

            System.Array.Clear(_block, _blockFill, BlockBytes - 8 - _blockFill);
            for (int i = 0; i < 8; i++)
            {
                _block[BlockBytes - 1 - i] = (byte)(bitLength >> (8 * i));
            }

            Compress(_block, 0);
            for (int i = 0; i < 8; i++)
            {
                uint word = _state[i];
                output[offset + (4 * i)] = (byte)(word >> 24);
                output[offset + (4 * i) + 1] = (byte)(word >> 16);
                output[offset + (4 * i) + 2] = (byte)(word >> 8);
                output[offset + (4 * i) + 3] = (byte)word;
            }

            Reset();
        }

        /// <summary>
        /// Copies the chaining state into <paramref name="state"/> (8 words) after whole blocks only, so a caller can resume
        /// from it with <see cref="ResumeFrom"/> (HMAC hashes its two key blocks once per key, not once per message).
        /// </summary>
        internal void SaveState(uint[] state)
        {
            Check.That(_blockFill == 0, "state saved on a block boundary");
            System.Array.Copy(_state, 0, state, 0, 8);
        }

        /// <summary>Continues from a state <see cref="SaveState"/> saved after <paramref name="hashedBytes"/> bytes.</summary>
        internal void ResumeFrom(uint[] state, long hashedBytes)
        {
            System.Array.Copy(state, 0, _state, 0, 8);
            _blockFill = 0;
            _totalBytes = hashedBytes;
        }

        private void Compress(byte[] data, int offset)
        {
            if (_counter != null)
            {
                _counter.Add();
            }

            uint[] w = _schedule;
            uint[] k = RoundConstants;
            for (int i = 0; i < 16; i++)
            {
                int at = offset + (4 * i);
                w[i] = ((uint)data[at] << 24) | ((uint)data[at + 1] << 16) | ((uint)data[at + 2] << 8) | data[at + 3];
            }

            unchecked
            {
                for (int i = 16; i < 64; i++)
                {
                    uint x = w[i - 15];
                    uint y = w[i - 2];
                    uint s0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3);
                    uint s1 = ((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10);
                    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
                }

                uint a = _state[0];
                uint b = _state[1];
                uint c = _state[2];
                uint d = _state[3];
                uint e = _state[4];
                uint f = _state[5];
                uint g = _state[6];
                uint h = _state[7];
                for (int i = 0; i < 64; i++)
                {
                    uint sum1 = ((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7));
                    uint choose = (e & f) ^ (~e & g);
                    uint t1 = h + sum1 + choose + k[i] + w[i];
                    uint sum0 = ((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10));
                    uint majority = (a & b) ^ (a & c) ^ (b & c);
                    uint t2 = sum0 + majority;
                    h = g;
                    g = f;
                    f = e;
                    e = d + t1;
                    d = c;
                    c = b;
                    b = a;
                    a = t1 + t2;
                }

                _state[0] += a;
                _state[1] += b;
                _state[2] += c;
                _state[3] += d;
                _state[4] += e;
                _state[5] += f;
                _state[6] += g;
                _state[7] += h;
            }
        }
    }
}
