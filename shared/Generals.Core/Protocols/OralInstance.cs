using System.Collections;

namespace Generals.Core.Protocols
{
    /// <summary>One OM(m) instance at one general: the value received for each path (the tree of LSP's algorithm).</summary>
    internal sealed class OralInstance : RoundInstance
    {
        private readonly Hashtable _values = new Hashtable();
        private readonly ArrayList _keys = new ArrayList();

        public OralInstance(uint instance, int commander, int order, int m, RoundSchedule schedule, int self, int[] generals)
            : base(instance, commander, order, m, schedule, self, generals)
        {
        }

        /// <summary>How many paths have a value.</summary>
        public int Count
        {
            get { return _keys.Count; }
        }

        /// <summary>The order received along the first <paramref name="length"/> ids of <paramref name="path"/>, or NoOrder.</summary>
        public int Get(int[] path, int length)
        {
            object value = _values[Key(path, length)];
            return value == null ? ProtocolCodes.NoOrder : (int)value;
        }

        /// <summary>Keeps the order received along a path; false when that path already has one.</summary>
        public bool Put(int[] path, int length, int order)
        {
            long key = Key(path, length);
            if (_values.Contains(key))
            {
                return false;
            }

            _values[key] = order;
            _keys.Add(key);
            return true;
        }

        public override int BodyBytes
        {
            get { return 2 + (9 * _keys.Count); }
        }

        public override void WriteBody(RecordWriter writer)
        {
            writer.WriteUInt16(_keys.Count);
            for (int i = 0; i < _keys.Count; i++)
            {
                long key = (long)_keys[i];
                writer.WriteInt64(key);
                writer.WriteByte((int)_values[key]);
            }
        }

        public override bool ReadBody(RecordReader reader)
        {
            int count = reader.ReadUInt16();
            for (int i = 0; i < count && reader.Ok; i++)
            {
                long key = reader.ReadInt64();
                int order = reader.ReadByte();
                if (!ProtocolCodes.IsOrder(order) || _values.Contains(key))
                {
                    return false;
                }

                _values[key] = order;
                _keys.Add(key);
            }

            return reader.Ok;
        }

        /// <summary>A path packed in 64 bits: the length, then one byte per id (paths hold at most 7 ids).</summary>
        private static long Key(int[] path, int length)
        {
            ulong key = (ulong)length;
            for (int i = 0; i < length; i++)
            {
                key = (key << 8) | (byte)path[i];
            }

            return unchecked((long)key);
        }
    }
}
