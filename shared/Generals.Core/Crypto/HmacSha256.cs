using Generals.Core.Runtime;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// HMAC-SHA256 (RFC 2104, FIPS 198-1) in portable C# over Core's <see cref="Sha256"/>: runs on the board. The two key
    /// blocks are hashed once per key and their states kept, so a MAC costs one compression per 64 bytes of message (up to
    /// 55 bytes: one), plus one for the outer hash, and allocates nothing but its result. An instance holds state: one caller at a time.
    /// </summary>
    public sealed class HmacSha256
    {
        /// <summary>Bytes in a full tag (the digest length).</summary>
        public const int TagBytes = Sha256.DigestBytes;

        private const byte InnerPad = 0x36;
        private const byte OuterPad = 0x5c;
        private const int StateWords = 8;

        private readonly Sha256 _hash;
        private readonly uint[] _innerState;
        private readonly uint[] _outerState;
        private readonly byte[] _innerDigest = new byte[Sha256.DigestBytes];
        private readonly byte[] _tag = new byte[TagBytes];

        /// <summary>A MAC under <paramref name="key"/> (any length; a key longer than a block is hashed first).</summary>
        public HmacSha256(byte[] key)
            : this(key, null)
        {
        }

        /// <summary>A MAC under <paramref name="key"/> whose compressions, the key's included, <paramref name="counter"/> counts (null: not counted).</summary>
        public HmacSha256(byte[] key, Sha256Counter counter)
        {
            Check.NotNull(key, "key");
            _hash = new Sha256(counter);
            _innerState = new uint[StateWords];
            _outerState = new uint[StateWords];
            byte[] block = new byte[Sha256.BlockBytes];
            if (key.Length > Sha256.BlockBytes)
            {
                _hash.Reset();
                _hash.Update(key, 0, key.Length);
                _hash.Final(block, 0);
            }
            else
            {
                System.Array.Copy(key, 0, block, 0, key.Length);
            }

            PadState(block, InnerPad, _innerState);
            PadState(block, InnerPad ^ OuterPad, _outerState);
            System.Array.Clear(block, 0, block.Length);
        }

        // The same key's pad states (never written after the constructor, so they are shared) over a hash counted by counter.
        private HmacSha256(HmacSha256 other, Sha256Counter counter)
        {
            _hash = new Sha256(counter);
            _innerState = other._innerState;
            _outerState = other._outerState;
        }

        /// <summary>The same MAC (same key, same tags) with its compressions from now on counted by <paramref name="counter"/>.</summary>
        public HmacSha256 CountedBy(Sha256Counter counter)
        {
            return new HmacSha256(this, counter);
        }

        /// <summary>The MAC of <paramref name="message"/> under <paramref name="key"/>, in a new array (tests, key derivation).</summary>
        public static byte[] Mac(byte[] key, byte[] message)
        {
            Check.NotNull(message, "message");
            return new HmacSha256(key).Compute(message, 0, message.Length);
        }

        /// <summary>The tag of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>, in a new array.</summary>
        public byte[] Compute(byte[] data, int offset, int count)
        {
            byte[] tag = new byte[TagBytes];
            Compute(data, offset, count, tag, 0);
            return tag;
        }

        /// <summary>Writes the 32-byte tag of <paramref name="count"/> bytes of <paramref name="data"/> at <paramref name="tagOffset"/>.</summary>
        public void Compute(byte[] data, int offset, int count, byte[] tag, int tagOffset)
        {
            Check.NotNull(data, "data");
            Check.NotNull(tag, "tag");
            Check.That(offset >= 0 && count >= 0 && count <= data.Length - offset, "message within data");
            Check.That(tagOffset >= 0 && tag.Length - tagOffset >= TagBytes, "tag fits");
            _hash.ResumeFrom(_innerState, Sha256.BlockBytes);
            _hash.Update(data, offset, count);
            _hash.Final(_innerDigest, 0);
            _hash.ResumeFrom(_outerState, Sha256.BlockBytes);
            _hash.Update(_innerDigest, 0, Sha256.DigestBytes);
            _hash.Final(tag, tagOffset);
        }

        /// <summary>
        /// True when the <paramref name="tagLength"/> bytes at <paramref name="tagOffset"/> of <paramref name="tag"/> are the full
        /// tag of the message. Any other length is false. The comparison takes the same time wherever the bytes differ.
        /// </summary>
        public bool Verify(byte[] data, int offset, int count, byte[] tag, int tagOffset, int tagLength)
        {
            if (tag == null || tagLength != TagBytes || tagOffset < 0 || tag.Length - tagOffset < TagBytes)
            {
                return false;
            }

            Compute(data, offset, count, _tag, 0);
            int difference = 0;
            for (int i = 0; i < TagBytes; i++)
            {
                difference |= _tag[i] ^ tag[tagOffset + i];
            }

            return difference == 0;
        }

        // XORs the key block with the pad (in place: the outer pad is applied over the inner one) and keeps the state of
        // hashing that one block.
        private void PadState(byte[] block, int pad, uint[] state)
        {
            for (int i = 0; i < Sha256.BlockBytes; i++)
            {
                block[i] = (byte)(block[i] ^ pad);
            }

            _hash.Reset();
            _hash.Update(block, 0, Sha256.BlockBytes);
            _hash.SaveState(state);
            _hash.Reset();
        }
    }
}
