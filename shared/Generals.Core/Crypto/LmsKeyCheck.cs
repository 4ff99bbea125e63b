using Generals.Core.Runtime;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// Checks an LMS key's stored state without signing (what `generals keys status` runs): the seal of every record,
    /// both copies of the mark, every interior node of every subtree against its two children, every subtree's root
    /// against the leaf its parent holds for it, the top root against the public key, and optionally every leaf
    /// against the one-time key the seed gives (a million hashes for H10/W4: about what key generation costs).
    /// Memory: one subtree per layer, as the signer.
    /// </summary>
    public sealed class LmsKeyCheck
    {
        private readonly LmsHasher _hasher;
        private readonly byte[] _node = new byte[LmsParameterSet.NodeBytes];
        private readonly byte[] _otsKey = new byte[LmsParameterSet.NodeBytes];
        private LmsKeyProblem _problem;
        private string _record;

        /// <summary>Creates a checker over the given hash.</summary>
        public LmsKeyCheck(Sha256Factory hashes)
        {
            Check.NotNull(hashes, "hashes");
            _hasher = new LmsHasher(hashes);
        }

        /// <summary>
        /// Checks the key in <paramref name="store"/> against <paramref name="expected"/> (null: no public key to compare),
        /// recomputing every leaf from the seed when <paramref name="leaves"/> is true.
        /// </summary>
        public LmsKeyReport Run(IRecordSource store, LmsPublicKey expected, bool leaves)
        {
            Check.NotNull(store, "store");
            _problem = LmsKeyProblem.None;
            _record = null;
            byte[] encoded;
            RecordState keyState = SealedRecord.Read(store, LmsRecords.Key, out encoded);
            LmsPrivateKey key = keyState == RecordState.Valid ? LmsPrivateKey.TryParse(encoded) : null;
            if (key == null)
            {
                return new LmsKeyReport(
                    keyState == RecordState.Missing ? LmsKeyProblem.KeyMissing : LmsKeyProblem.KeyDamaged, LmsRecords.Key, null, null);
            }

            LmsMark mark = LmsMark.Read(store);
            if (expected != null && (expected.Parameters.TypeCode != key.Parameters.TypeCode || expected.Ots.TypeCode != key.Ots.TypeCode
                || !Wire.Bytes.Equal(expected.Identifier, key.Identifier)))
            {
                return new LmsKeyReport(LmsKeyProblem.WrongKey, LmsRecords.Key, key, mark);
            }

            byte[] root = CheckSubtree(store, key, 0, 0, null, leaves);
            if (_problem == LmsKeyProblem.None && expected != null && !Wire.Bytes.Equal(root, expected.Root))
            {
                Fail(LmsKeyProblem.RootMismatch, LmsRecords.Subtree(0, 0));
            }

            if (_problem == LmsKeyProblem.None && mark.Value < 0)
            {
                Fail(mark.AnyDamaged ? LmsKeyProblem.MarkDamaged : LmsKeyProblem.MarkMissing, LmsRecords.Mark);
            }

            return new LmsKeyReport(_problem, _record, key, mark);
        }

        // Checks subtree (layer, index) and everything below it; returns its root, or null after recording a problem.
        private byte[] CheckSubtree(IRecordSource store, LmsPrivateKey key, int layer, int index, byte[] expectedRoot, bool leaves)
        {
            const int node = LmsParameterSet.NodeBytes;
            const int width = 1 << LmsRecords.SubtreeHeight;
            string name = LmsRecords.Subtree(layer, index);
            byte[] record;
            RecordState state = SealedRecord.Read(store, name, out record);
            if (state == RecordState.Missing)
            {
                return Fail(LmsKeyProblem.SubtreeMissing, name);
            }

            if (state != RecordState.Valid || record.Length != LmsRecords.SubtreeBytes)
            {
                return Fail(LmsKeyProblem.SubtreeDamaged, name);
            }

            if (expectedRoot != null && !Same(record, 0, expectedRoot, 0))
            {
                return Fail(LmsKeyProblem.TreeInconsistent, name);
            }

            int rootDepth = LmsRecords.SubtreeHeight * layer;
            for (int depth = 0; depth < LmsRecords.SubtreeHeight; depth++)
            {
                for (int position = 0; position < (1 << depth); position++)
                {
                    int local = (1 << depth) + position;
                    uint global = (uint)((1 << (rootDepth + depth)) + (index << depth) + position);
                    _hasher.Interior(key.Identifier, global, record, ((2 * local) - 1) * node, record, 2 * local * node, _node, 0);
                    if (!Same(record, (local - 1) * node, _node, 0))
                    {
                        return Fail(LmsKeyProblem.TreeInconsistent, name);
                    }
                }
            }

            bool bottom = rootDepth + LmsRecords.SubtreeHeight == key.Parameters.Height;
            for (int k = 0; k < width; k++)
            {
                int offset = (width + k - 1) * node;
                if (!bottom)
                {
                    if (CheckSubtree(store, key, layer + 1, (index * width) + k, Wire.Bytes.Slice(record, offset, node), leaves) == null)
                    {
                        return null;
                    }
                }
                else if (leaves)
                {
                    uint global = (uint)((1 << (rootDepth + LmsRecords.SubtreeHeight)) + (index * width) + k);
                    uint q = global - (uint)(1 << key.Parameters.Height);
                    _hasher.OtsPublicKey(key.Ots, key.Identifier, q, key.Seed, _otsKey, 0);
                    _hasher.Leaf(key.Identifier, global, _otsKey, 0, _node, 0);
                    if (!Same(record, offset, _node, 0))
                    {
                        return Fail(LmsKeyProblem.LeafMismatch, name);
                    }
                }
            }

            return Wire.Bytes.Slice(record, 0, node);
        }

        private byte[] Fail(LmsKeyProblem problem, string record)
        {
            _problem = problem;
            _record = record;
            return null;
        }

        private static bool Same(byte[] a, int aOffset, byte[] b, int bOffset)
        {
            for (int i = 0; i < LmsParameterSet.NodeBytes; i++)
            {
                if (a[aOffset + i] != b[bOffset + i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
