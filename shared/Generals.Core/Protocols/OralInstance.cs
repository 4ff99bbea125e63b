using System.Collections;
using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>One OM(m) instance at one general: the value received for each path (the tree of LSP's algorithm).</summary>
    internal sealed class OralInstance : RoundInstance
    {
        private readonly Hashtable _values = new Hashtable();
        private readonly ArrayList _keys = new ArrayList();
        private int _pathBytes;

        public OralInstance(uint instance, int commander, int order, int m, RoundSchedule schedule, int self, int[] generals)
            : base(instance, commander, order, m, schedule, self, generals)
        {
        }

        /// <summary>Bytes of one path in the body: its length, its ids and its order.</summary>
        public static int PathEntryBytes(int length)
        {
            return 2 + (OralMessagePayload.IdBytes * length);
        }

        /// <summary>How many paths have a value.</summary>
        public int Count
        {
            get { return _keys.Count; }
        }

        /// <summary>The order received along the first <paramref name="length"/> ids of <paramref name="path"/>, or NoOrder.</summary>
        public int Get(int[] path, int length)
        {
            object value = _values[new PathKey(path, length)];
            return value == null ? ProtocolCodes.NoOrder : (int)value;
        }

        /// <summary>Keeps the order received along a path; false when that path already has one.</summary>
        public bool Put(int[] path, int length, int order)
        {
            PathKey key = new PathKey(path, length);
            if (_values.Contains(key))
            {
                return false;
            }

            _values[key] = order;
            _keys.Add(key);
            _pathBytes += PathEntryBytes(length);
            return true;
        }

        /// <summary>Bytes of the body: a u16 count, then per path its length, its ids (u16 each) and its order.</summary>
        public override int BodyBytes
        {
            get { return 2 + _pathBytes; }
        }

        public override void WriteBody(RecordWriter writer)
        {
            writer.WriteUInt16(_keys.Count);
            for (int i = 0; i < _keys.Count; i++)
            {
                PathKey key = (PathKey)_keys[i];
                writer.WriteByte(key.Length);
                for (int j = 0; j < key.Length; j++)
                {
                    writer.WriteUInt16(key.IdAt(j));
                }

                writer.WriteByte((int)_values[key]);
            }
        }

        public override bool ReadBody(RecordReader reader)
        {
            int count = reader.ReadUInt16();
            int[] path = new int[OralMessagePayload.PathMax];
            for (int i = 0; i < count && reader.Ok; i++)
            {
                int length = reader.ReadByte();
                if (length < 1 || length > OralMessagePayload.PathMax)
                {
                    return false;
                }

                for (int j = 0; j < length; j++)
                {
                    path[j] = reader.ReadUInt16();
                    if (path[j] < 1 || path[j] > FrameLimits.GeneralIdMax)
                    {
                        return false;
                    }
                }

                int order = reader.ReadByte();
                if (!ProtocolCodes.IsOrder(order) || !Put(path, length, order))
                {
                    return false;
                }
            }

            return reader.Ok;
        }

        /// <summary>
        /// A path as a table key: its ids, compared by value. Ids have two bytes, so the seven of the longest path no longer
        /// pack into one 64-bit number.
        /// </summary>
        private sealed class PathKey
        {
            private readonly int[] _ids;

            public PathKey(int[] path, int length)
            {
                _ids = new int[length];
                System.Array.Copy(path, _ids, length);
            }

            public int Length
            {
                get { return _ids.Length; }
            }

            public int IdAt(int index)
            {
                return _ids[index];
            }

            public override bool Equals(object obj)
            {
                PathKey other = obj as PathKey;
                if (other == null || other._ids.Length != _ids.Length)
                {
                    return false;
                }

                for (int i = 0; i < _ids.Length; i++)
                {
                    if (other._ids[i] != _ids[i])
                    {
                        return false;
                    }
                }

                return true;
            }

            public override int GetHashCode()
            {
                int hash = _ids.Length;
                for (int i = 0; i < _ids.Length; i++)
                {
                    hash = unchecked((hash * 31) + _ids[i]);
                }

                return hash;
            }
        }
    }
}
