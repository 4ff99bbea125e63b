using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// Signs with an LMS private key kept in a store (DESIGN 8, 9). Before a signature leaves, its one-time key index is
    /// covered by a reservation made durable in the store; reservations go in blocks of <see cref="ReservationBlock"/>
    /// indices to spare flash. After a crash the signer resumes at the durable mark, skipping whatever was left of the
    /// block, so no index is ever used twice. Working memory: one 2016-byte subtree per layer (4 KB for H10) and about
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
            _key = LmsPrivateKey.TryParse(store.Read(LmsRecords.Key));
            _next = LmsRecords.DecodeMark(store.Read(LmsRecords.Mark));
            _reservedEnd = _next;
            if (_key == null)
            {
                _next = -1;
                return;
            }

            _hasher = new LmsHasher(hashes);
            int layers = LmsRecords.Layers(_key.Parameters);
            _subtrees = new byte[layers][];
            _subtreeIndex = new int[layers];
            for (int layer = 0; layer < layers; layer++)
            {
                _subtreeIndex[layer] = -1;
            }
        }

        /// <inheritdoc/>
        public SignatureScheme Scheme
        {
            get { return SignatureScheme.Lms; }
        }

        /// <inheritdoc/>
        public SignError LastError { get; private set; }

        /// <summary>The index the next signature will use, or -1 when the key or its mark is missing.</summary>
        public int NextIndex
        {
            get { return _next; }
        }

        /// <inheritdoc/>
        public long RemainingSignatures
        {
            get { return _key == null || _next < 0 ? 0 : System.Math.Max(0, _key.Parameters.Leaves - _next); }
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
            if (_key == null)
            {
                return Fail(SignError.NoKey);
            }

            // Without a mark nobody knows which indices were used: signing could reuse one, so refuse.
            if (_next < 0)
            {
                return Fail(SignError.ReservationFailed);
            }

            if (_next >= _key.Parameters.Leaves)
            {
                return Fail(SignError.KeyExhausted);
            }

            if (_next >= _reservedEnd && !Reserve())
            {
                return Fail(SignError.ReservationFailed);
            }

            int q = _next;
            _next++;
            byte[] signature = Build(q, message);
            if (signature == null)
            {
                return Fail(SignError.NoKey);
            }

            LastError = SignError.None;
            return signature;
        }

        // Makes [next, next + block) durable before any of it is used, and checks the store kept it.
        private bool Reserve()
        {
            int end = System.Math.Min(_next + _block, _key.Parameters.Leaves);
            _store.Write(LmsRecords.Mark, LmsRecords.EncodeMark(end));
            _store.Flush();
            if (LmsRecords.DecodeMark(_store.Read(LmsRecords.Mark)) != end)
            {
                return false;
            }

            _reservedEnd = end;
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
                if (!CopyNode((node >> level) ^ 1, parameters.Height - level, signature, at))
                {
                    return null;
                }

                at += LmsParameterSet.NodeBytes;
            }

            return signature;
        }

        // Copies global node `global` at depth `depth` (1..h) from its subtree record, reading the record on a miss.
        private bool CopyNode(int global, int depth, byte[] destination, int offset)
        {
            int layer = (depth - 1) / LmsRecords.SubtreeHeight;
            int relative = depth - (LmsRecords.SubtreeHeight * layer);
            int index = (global >> relative) - (1 << (LmsRecords.SubtreeHeight * layer));
            if (_subtreeIndex[layer] != index)
            {
                byte[] record = _store.Read(LmsRecords.Subtree(layer, index));
                if (record == null || record.Length != LmsRecords.SubtreeBytes)
                {
                    return false;
                }

                _subtrees[layer] = record;
                _subtreeIndex[layer] = index;
            }

            int local = (1 << relative) | (global & ((1 << relative) - 1));
            System.Array.Copy(_subtrees[layer], (local - 1) * LmsParameterSet.NodeBytes, destination, offset, LmsParameterSet.NodeBytes);
            return true;
        }

        private byte[] Fail(SignError error)
        {
            LastError = error;
            return null;
        }
    }
}
