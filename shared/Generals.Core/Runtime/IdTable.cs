using Generals.Core.Wire;

namespace Generals.Core.Runtime
{
    /// <summary>
    /// A value per signer or General id (0 .. <see cref="FrameLimits.GeneralIdMax"/>) that holds only the ids set: ids and
    /// values in two ascending arrays, found by binary search, grown by doubling. An array indexed by id would cost
    /// GeneralIdMax + 1 slots per table once ids have two bytes (a board has about 80 KB of heap; the simulator holds
    /// thousands of generals), whereas a kit uses a few of them. Reads are total: an id out of range or never set reads null.
    /// </summary>
    public sealed class IdTable
    {
        /// <summary>Slots of the first backing arrays: a lab kit of four to seven boards and its harness fit without growing.</summary>
        public const int InitialSlots = 8;

        private int[] _ids = new int[0];
        private object[] _values = new object[0];
        private int _count;

        /// <summary>How many ids have a value.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Slots in the backing arrays (what the table costs): at most twice <see cref="Count"/>, or <see cref="InitialSlots"/>.</summary>
        public int Capacity
        {
            get { return _ids.Length; }
        }

        /// <summary>Sets the value of <paramref name="id"/> (a bug when the id is out of range or the value null).</summary>
        public void Set(int id, object value)
        {
            Check.InRange(id, FrameLimits.HarnessId, FrameLimits.GeneralIdMax, "id");
            Check.NotNull(value, "value");
            int at = Find(id);
            if (at >= 0)
            {
                _values[at] = value;
                return;
            }

            at = ~at;
            if (_count == _ids.Length)
            {
                Grow();
            }

            System.Array.Copy(_ids, at, _ids, at + 1, _count - at);
            System.Array.Copy(_values, at, _values, at + 1, _count - at);
            _ids[at] = id;
            _values[at] = value;
            _count++;
        }

        /// <summary>The value of <paramref name="id"/>, or null when it has none or is out of range.</summary>
        public object Get(int id)
        {
            int at = Find(id);
            return at >= 0 ? _values[at] : null;
        }

        /// <summary>True when <paramref name="id"/> has a value.</summary>
        public bool Contains(int id)
        {
            return Find(id) >= 0;
        }

        /// <summary>The id at <paramref name="index"/> (0 .. Count - 1), ids ascending.</summary>
        public int IdAt(int index)
        {
            Check.InRange(index, 0, _count - 1, "index");
            return _ids[index];
        }

        /// <summary>The value at <paramref name="index"/> (0 .. Count - 1), in the order of <see cref="IdAt"/>.</summary>
        public object ValueAt(int index)
        {
            Check.InRange(index, 0, _count - 1, "index");
            return _values[index];
        }

        // The index of id, or the bitwise complement of where it would go.
        private int Find(int id)
        {
            int low = 0;
            int high = _count - 1;
            while (low <= high)
            {
                int middle = (low + high) >> 1;
                int found = _ids[middle];
                if (found == id)
                {
                    return middle;
                }

                if (found < id)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return ~low;
        }

        private void Grow()
        {
            int slots = _ids.Length == 0 ? InitialSlots : _ids.Length * 2;
            if (slots > FrameLimits.GeneralIdMax + 1)
            {
                slots = FrameLimits.GeneralIdMax + 1;
            }

            int[] ids = new int[slots];
            object[] values = new object[slots];
            System.Array.Copy(_ids, ids, _count);
            System.Array.Copy(_values, values, _count);
            _ids = ids;
            _values = values;
        }
    }
}
