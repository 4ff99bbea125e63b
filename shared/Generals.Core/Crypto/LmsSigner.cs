using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// Signs with an LMS private key kept in a store (DESIGN 8, 9). Before a signature leaves, its one-time key index is
    /// covered by a reservation made durable in the store; reservations go in blocks of <see cref="ReservationBlock"/>
    /// indices to spare flash. After a crash the signer resumes at the durable mark, skipping whatever was left of the
    /// block, so no index is ever used twice. Every record is sealed (<see cref="SealedRecord"/>): a damaged key, mark or
    /// tree is refused with a typed <see cref="SignError"/>, never signed with. Working memory: one 2016-byte subtree per layer (4 KB for H10) and about
    /// 1 KB of hash state. One caller at a time.
    /// </summary>
    public sealed class LmsSigner : ISigner
    {
        /// <summary>Indices reserved per store write: 16 signatures per flash write, and at most 15 lost per power cut.</summary>
        public const int ReservationBlock = 16;

        private readonly IStore _store;
        private readonly int _block;
        private readonly LmsPrivateKey _key;
        private readonly LmsHasher _hasher;
        private readonly byte[][] _subtrees;
        private readonly int[] _subtreeIndex;
        private int _next;
        private int _reservedEnd;
        private SignError _failure;

        /// <summary>Opens the key held in <paramref name="store"/> (see <see cref="LmsRecords"/>) with the default block.</summary>
        public LmsSigner(IStore store, Sha256Factory hashes)
            : this(store, hashes, ReservationBlock)
        {
        }

        /// <summary>Opens the key held in <paramref name="store"/>, reserving <paramref name="block"/> indices per write.</summary>
        public LmsSigner(IStore store, Sha256Factory hashes, int block)
        {
            Check.NotNull(store, "store");
            Check.NotNull(hashes, "hashes");
            Check.InRange(block, 1, 1 << 15, "block");
            _store = store;
            _block = block;
            _next = -1;
            byte[] encoded;
            RecordState keyState = SealedRecord.Read(store, LmsRecords.Key, out encoded);
            _key = keyState == RecordState.Valid ? LmsPrivateKey.TryParse(encoded) : null;
            if (_key == null)
            {
                _failure = keyState == RecordState.Missing ? SignError.NoKey : SignError.KeyDamaged;
                return;
            }

            // Without a valid mark nobody knows which indices were used: signing could reuse one, so refuse.
            LmsMark mark = LmsMark.Read(store);
            if (mark.Value < 0)
            {
                _failure = mark.AnyDamaged ? SignError.MarkDamaged : SignError.ReservationFailed;
                return;
            }

            _next = mark.Value;
            _reservedEnd = _next;
            _hasher = new LmsHasher(hashes);
            int layers = LmsRecords.Layers(_key.Parameters);
            _subtrees = new byte[layers][];
            _subtreeIndex = new int[layers];
            for (int layer = 0; layer < layers; layer++)
            {
                _subtreeIndex[layer] = -1;
            }

            // The path of the first index it will sign is read and checked at open (boot), not in the round of the first
            // signature: a damaged tree shows at boot, and the first signature allocates only itself, not 2 KB per subtree.
            if (_next < _key.Parameters.Leaves && !LoadPath(_next))
            {
                _failure = SignError.TreeDamaged;
            }
        }

        /// <inheritdoc/>
        public SignatureScheme Scheme
        {
            get { return SignatureScheme.Lms; }
        }

        /// <inheritdoc/>
        public SignError LastError { get; private set; }

        /// <summary>The index the next signature will use, or -1 when the key or its mark is missing or damaged.</summary>
        public int NextIndex
        {
            get { return _next; }
        }

        /// <inheritdoc/>
        public long RemainingSignatures
        {
            get { return _failure != SignError.None ? 0 : System.Math.Max(0, _key.Parameters.Leaves - _next); }
        }

        /// <summary>Why this key cannot sign at all (missing or damaged state), or <see cref="SignError.None"/>.</summary>
        public SignError Failure
        {
            get { return _failure; }
        }

        /// <summary>The key's parameters, or null when the store holds no usable key.</summary>
        public LmsPrivateKey Key
        {
            get { return _key; }
        }

        /// <inheritdoc/>
        public byte[] Sign(byte[] message)
        {
            Check.NotNull(message, "message");
            if (_failure != SignError.None)
            {
                return Fail(_failure);
            }

            if (_next >= _key.Parameters.Leaves)
            {
                return Fail(SignError.KeyExhausted);
            }

            // The tree is checked before the index is reserved or used: a damaged record costs no index, and the
            // key stays refused from then on (one bad record is enough to distrust the rest).
            if (!LoadPath(_next))
            {
                _failure = SignError.TreeDamaged;
                return Fail(_failure);
            }

            if (_next >= _reservedEnd && !Reserve())
            {
                return Fail(SignError.ReservationFailed);
            }

            int q = _next;
            _next++;
            LastError = SignError.None;
            return Build(q, message);
        }

        // Makes [next, next + block) durable in both mark copies before any of it is used, and checks the store kept
        // them. The mark only grows: next is at or above the mark read at open.
        private bool Reserve()
        {
            int end = System.Math.Min(_next + _block, _key.Parameters.Leaves);
            Check.That(end > _reservedEnd, "the mark never goes backwards");
            LmsMark.Write(_store, end);
            _store.Flush();
            LmsMark back = LmsMark.Read(_store);
            if (back.First != end || back.Second != end)
            {
                return false;
            }

            _reservedEnd = end;
            return true;
        }

        // Reads (when not cached) the subtree of each layer that leaf q's authentication path crosses, checking each
        // record's seal and that its root is the leaf its parent subtree holds for it.
        private bool LoadPath(int q)
        {
            for (int layer = 0; layer < _subtrees.Length; layer++)
            {
                int index = LmsRecords.SubtreeOf(_key.Parameters, layer, q);
                if (_subtreeIndex[layer] == index)
                {
                    continue;
                }

                // Kept as read, seal and all (its nodes from SealedRecord.PayloadOffset): no copy of 2 KB per subtree.
                string name = LmsRecords.Subtree(layer, index);
                byte[] record = _store.Read(name);
                if (SealedRecord.StateOf(name, record) != RecordState.Valid || record.Length - SealedRecord.OverheadBytes != LmsRecords.SubtreeBytes)
                {
                    return false;
                }

                if (layer > 0 && !SameNode(record, SealedRecord.PayloadOffset, _subtrees[layer - 1], LeafOffset(index)))
                {
                    return false;
                }

                _subtrees[layer] = record;
                _subtreeIndex[layer] = index;
            }

            return true;
        }

        private byte[] Build(int q, byte[] message)
        {
            LmsParameterSet parameters = _key.Parameters;
            LmOtsParameterSet ots = _key.Ots;
            byte[] signature = new byte[parameters.SignatureBytes(ots)];
            LmsHasher.WriteUInt32BigEndian(signature, 0, (uint)q);
            _hasher.OtsSign(ots, _key.Identifier, (uint)q, _key.Seed, message, signature, 4);
            int at = 4 + ots.SignatureBytes;
            LmsHasher.WriteUInt32BigEndian(signature, at, parameters.TypeCode);
            at += 4;
            int node = (1 << parameters.Height) + q;
            for (int level = 0; level < parameters.Height; level++)
            {
                CopyNode((node >> level) ^ 1, parameters.Height - level, signature, at);
                at += LmsParameterSet.NodeBytes;
            }

            return signature;
        }

        // Copies global node `global` at depth `depth` (1..h) from its subtree, which LoadPath has read.
        private void CopyNode(int global, int depth, byte[] destination, int offset)
        {
            int layer = (depth - 1) / LmsRecords.SubtreeHeight;
            int relative = depth - (LmsRecords.SubtreeHeight * layer);
            int index = (global >> relative) - (1 << (LmsRecords.SubtreeHeight * layer));
            Check.That(_subtreeIndex[layer] == index, "the path's subtree is loaded");
            int local = (1 << relative) | (global & ((1 << relative) - 1));
            System.Array.Copy(_subtrees[layer], SealedRecord.PayloadOffset + ((local - 1) * LmsParameterSet.NodeBytes), destination, offset, LmsParameterSet.NodeBytes);
        }

        // Offset, in its parent subtree's record, of the leaf that is the root of subtree `index` of the layer below.
        private static int LeafOffset(int index)
        {
            int local = (1 << LmsRecords.SubtreeHeight) + (index & ((1 << LmsRecords.SubtreeHeight) - 1));
            return SealedRecord.PayloadOffset + ((local - 1) * LmsParameterSet.NodeBytes);
        }

        private static bool SameNode(byte[] a, int aOffset, byte[] b, int bOffset)
        {
            int difference = 0;
            for (int i = 0; i < LmsParameterSet.NodeBytes; i++)
            {
                difference |= a[aOffset + i] ^ b[bOffset + i];
            }

            return difference == 0;
        }

        private byte[] Fail(SignError error)
        {
            LastError = error;
            return null;
        }
    }
}
