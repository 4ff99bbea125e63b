using Generals.Core.Runtime;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// Builds an LMS key's Merkle tree into a store (the key, a zero mark in both copies, one record per subtree, all sealed) and returns the
    /// public key. Runs on the host at provisioning: H10/W4 costs about a million hashes, H15 thirty-two times that.
    /// Memory stays at one subtree per layer, whatever the height.
    /// </summary>
    public sealed class LmsKeyGenerator
    {
        private readonly LmsHasher _hasher;
        private readonly byte[] _otsKey = new byte[LmsParameterSet.NodeBytes];

        /// <summary>Creates a generator over the given hash.</summary>
        public LmsKeyGenerator(Sha256Factory hashes)
        {
            Check.NotNull(hashes, "hashes");
            _hasher = new LmsHasher(hashes);
        }

        /// <summary>
        /// Writes <paramref name="key"/>, its tree and a fresh mark into <paramref name="store"/>, flushes, and returns the
        /// encoded public key. Any earlier key in the store is replaced.
        /// </summary>
        public byte[] Generate(LmsPrivateKey key, IStore store)
        {
            Check.NotNull(key, "key");
            Check.NotNull(store, "store");
            byte[] root = BuildSubtree(key, store, 0, 0);
            store.Write(LmsRecords.Key, SealedRecord.Seal(LmsRecords.Key, key.Encode()));
            LmsMark.Write(store, 0);
            store.Flush();
            return LmsPublicKey.Encode(key.Parameters, key.Ots, key.Identifier, root);
        }

        // Fills subtree (layer, index) bottom-up, writes its record and returns its root. Its leaves are either one-time
        // key leaves (bottom layer) or the roots of the 32 subtrees below.
        private byte[] BuildSubtree(LmsPrivateKey key, IStore store, int layer, int index)
        {
            const int node = LmsParameterSet.NodeBytes;
            const int leaves = 1 << LmsRecords.SubtreeHeight;
            byte[] record = new byte[LmsRecords.SubtreeBytes];
            int height = key.Parameters.Height;
            int rootDepth = LmsRecords.SubtreeHeight * layer;
            bool bottom = rootDepth + LmsRecords.SubtreeHeight == height;
            for (int k = 0; k < leaves; k++)
            {
                int local = leaves + k;
                uint global = (uint)((1 << (rootDepth + LmsRecords.SubtreeHeight)) + (index * leaves) + k);
                if (bottom)
                {
                    uint q = global - (uint)(1 << height);
                    _hasher.OtsPublicKey(key.Ots, key.Identifier, q, key.Seed, _otsKey, 0);
                    _hasher.Leaf(key.Identifier, global, _otsKey, 0, record, (local - 1) * node);
                }
                else
                {
                    byte[] childRoot = BuildSubtree(key, store, layer + 1, (index * leaves) + k);
                    System.Array.Copy(childRoot, 0, record, (local - 1) * node, node);
                }
            }

            for (int depth = LmsRecords.SubtreeHeight - 1; depth >= 0; depth--)
            {
                for (int position = 0; position < (1 << depth); position++)
                {
                    int local = (1 << depth) + position;
                    uint global = (uint)((1 << (rootDepth + depth)) + (index << depth) + position);
                    _hasher.Interior(
                        key.Identifier, global, record, ((2 * local) - 1) * node, record, (2 * local) * node, record, (local - 1) * node);
                }
            }

            string name = LmsRecords.Subtree(layer, index);
            store.Write(name, SealedRecord.Seal(name, record));
            return Wire.Bytes.Slice(record, 0, node);
        }
    }
}
