using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// Reads a little-endian byte record without ever throwing: a read past the end returns 0 and clears
    /// <see cref="Ok"/>, so a decoder checks once at the end (bad input is a typed result, not an exception).
    /// </summary>
    public sealed class RecordReader
    {
        private readonly byte[] _bytes;
        private int _offset;
        private bool _ok;

        /// <summary>Reads <paramref name="bytes"/> from <paramref name="offset"/>; a null record reads as failed.</summary>
        public RecordReader(byte[] bytes, int offset)
        {
            _bytes = bytes;
            _offset = offset;
            _ok = bytes != null && offset >= 0 && offset <= bytes.Length;
        }

        /// <summary>False once any read ran past the end.</summary>
        public bool Ok
        {
            get { return _ok; }
        }

        /// <summary>True when every byte was read and no read failed.</summary>
        public bool AtEnd
        {
            get { return _ok && _offset == _bytes.Length; }
        }

        /// <summary>Reads one byte.</summary>
        public int ReadByte()
        {
            if (!Take(1))
            {
                return 0;
            }

            return _bytes[_offset - 1];
        }

        /// <summary>Reads a 16-bit value.</summary>
        public int ReadUInt16()
        {
            return Take(2) ? Bytes.ReadUInt16(_bytes, _offset - 2) : 0;
        }

        /// <summary>Reads a 32-bit value.</summary>
        public uint ReadUInt32()
        {
            return Take(4) ? Bytes.ReadUInt32(_bytes, _offset - 4) : 0;
        }

        /// <summary>Reads a signed 64-bit value.</summary>
        public long ReadInt64()
        {
            return Take(8) ? unchecked((long)Bytes.ReadUInt64(_bytes, _offset - 8)) : 0;
        }

        /// <summary>Reads <paramref name="count"/> bytes, or null past the end.</summary>
        public byte[] ReadBytes(int count)
        {
            return count >= 0 && Take(count) ? Bytes.Slice(_bytes, _offset - count, count) : null;
        }

        /// <summary>Reads a 16-bit length and that many bytes, or null.</summary>
        public byte[] ReadBlock()
        {
            int count = ReadUInt16();
            return _ok ? ReadBytes(count) : null;
        }

        private bool Take(int count)
        {
            if (!_ok || count < 0 || _bytes.Length - _offset < count)
            {
                _ok = false;
                return false;
            }

            _offset += count;
            return true;
        }
    }
}
