using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// The store records of an LMS private key. The Merkle tree is cut into subtrees of height 5 (63 nodes, 2016 bytes
    /// each), one record per subtree, so a signer keeps one subtree per layer in memory (4 KB for H10) instead of the
    /// whole tree (64 KB, more than a board's heap). Layer 0 is the top; H10 has 1 + 32 subtrees, H15 1 + 32 + 1024.
    /// Every record is a <see cref="SealedRecord"/> (format version and CRC-32 bound to the name); the mark is kept twice.
    /// </summary>
    public static class LmsRecords
    {
        /// <summary>The private key: parameters, identifier I and seed.</summary>
        public const string Key = "lms.key";

        /// <summary>The reservation mark: every one-time key index below it has been used or reserved.</summary>
        public const string Mark = "lms.mark";

        /// <summary>The second copy of the mark, written with the first in every reservation (see <see cref="LmsMark"/>).</summary>
        public const string MarkCopy = "lms.mark2";

        /// <summary>Height of one subtree record; every supported tree height is a multiple of it.</summary>
        public const int SubtreeHeight = 5;

        /// <summary>Nodes of one subtree, root included, in heap order (local node k at (k - 1) * 32).</summary>
        public const int SubtreeNodes = (2 << SubtreeHeight) - 1;

        /// <summary>Bytes of one subtree record.</summary>
        public const int SubtreeBytes = SubtreeNodes * LmsParameterSet.NodeBytes;

        /// <summary>Bytes of the mark's payload (inside its seal): a format byte and the mark.</summary>
        public const int MarkBytes = 5;

        private const byte MarkFormat = 1;

        /// <summary>The record name of subtree <paramref name="index"/> of <paramref name="layer"/> (short: board flash file names are).</summary>
        public static string Subtree(int layer, int index)
        {
            return "lms.t" + layer.ToString() + "." + index.ToString();
        }

        /// <summary>The index, within its layer, of the subtree of <paramref name="layer"/> that the path of leaf <paramref name="q"/> crosses.</summary>
        public static int SubtreeOf(LmsParameterSet parameters, int layer, int q)
        {
            return q >> (parameters.Height - (SubtreeHeight * layer));
        }

        /// <summary>The number of subtree layers of a tree.</summary>
        public static int Layers(LmsParameterSet parameters)
        {
            return parameters.Height / SubtreeHeight;
        }

        /// <summary>The number of subtree records of a tree.</summary>
        public static int SubtreeCount(LmsParameterSet parameters)
        {
            int count = 0;
            for (int layer = 0; layer < Layers(parameters); layer++)
            {
                count += 1 << (SubtreeHeight * layer);
            }

            return count;
        }

        /// <summary>The mark payload for <paramref name="mark"/> (sealed by <see cref="LmsMark.Write"/>).</summary>
        public static byte[] EncodeMark(int mark)
        {
            byte[] record = new byte[MarkBytes];
            record[0] = MarkFormat;
            Bytes.WriteUInt32(record, 1, (uint)mark);
            return record;
        }

        /// <summary>The mark in an opened mark payload, or -1 when it is missing or not a mark.</summary>
        public static int DecodeMark(byte[] record)
        {
            if (record == null || record.Length != MarkBytes || record[0] != MarkFormat)
            {
                return -1;
            }

            uint mark = Bytes.ReadUInt32(record, 1);
            return mark > int.MaxValue ? -1 : (int)mark;
        }
    }
}
