using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>Builds a little-endian byte record (payloads, persisted state) in a buffer that grows by doubling.</summary>
    public sealed class RecordWriter
    {
        private byte[] _buffer;
        private int _length;

        /// <summary>Creates a writer with room for <paramref name="capacity"/> bytes before it grows.</summary>
        public RecordWriter(int capacity)
        {
            _buffer = new byte[capacity < 16 ? 16 : capacity];
        }

        /// <summary>Bytes written so far.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>Appends one byte.</summary>
        public void WriteByte(int value)
        {
            Check.InRange(value, 0, 255, "byte value");
            Room(1);
            _buffer[_length] = (byte)value;
            _length++;
        }

        /// <summary>Appends a 16-bit value.</summary>
        public void WriteUInt16(int value)
        {
            Check.InRange(value, 0, 65535, "16-bit value");
            Room(2);
            Bytes.WriteUInt16(_buffer, _length, value);
            _length += 2;
        }

        /// <summary>Appends a 32-bit value.</summary>
        public void WriteUInt32(uint value)
        {
            Room(4);
            Bytes.WriteUInt32(_buffer, _length, value);
            _length += 4;
        }

        /// <summary>Appends a signed 64-bit value.</summary>
        public void WriteInt64(long value)
        {
            Room(8);
            Bytes.WriteUInt64(_buffer, _length, unchecked((ulong)value));
            _length += 8;
        }

        /// <summary>Appends bytes as they are.</summary>
        public void WriteBytes(byte[] bytes)
        {
            Check.NotNull(bytes, "bytes");
            Room(bytes.Length);
            System.Array.Copy(bytes, 0, _buffer, _length, bytes.Length);
            _length += bytes.Length;
        }

        /// <summary>Appends a 16-bit length, then the bytes.</summary>
        public void WriteBlock(byte[] bytes)
        {
            Check.NotNull(bytes, "bytes");
            WriteUInt16(bytes.Length);
            WriteBytes(bytes);
        }

        /// <summary>The record written so far; write nothing after it (an exactly sized writer hands over its own buffer).</summary>
        public byte[] ToArray()
        {
            // A writer sized exactly hands over its buffer instead of copying it: it is not written after ToArray.
            return _length == _buffer.Length ? _buffer : Bytes.Slice(_buffer, 0, _length);
        }

        private void Room(int more)
        {
            if (_length + more <= _buffer.Length)
            {
                return;
            }

            int size = _buffer.Length * 2;
            while (size < _length + more)
            {
                size *= 2;
            }

            byte[] grown = new byte[size];
            System.Array.Copy(_buffer, 0, grown, 0, _length);
            _buffer = grown;
        }
    }
}
