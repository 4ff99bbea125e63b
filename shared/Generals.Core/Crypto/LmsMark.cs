using Generals.Core.Runtime;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// The reservation mark of an LMS key as read from its two sealed copies (<see cref="LmsRecords.Mark"/> and
    /// <see cref="LmsRecords.MarkCopy"/>). Both are written, in that order, before the flush that makes a reservation
    /// durable, and no index is used before that flush returns; so every copy that reads valid is at or above every
    /// index ever used, and the higher one wins. A copy that is torn by a power cut is still the old mark (the store's
    /// atomic replace); a copy whose checksum fails is damaged and ignored. With no valid copy the key cannot sign.
    /// </summary>
    public sealed class LmsMark
    {
        private LmsMark(int first, RecordState firstState, int second, RecordState secondState)
        {
            First = first;
            FirstState = firstState;
            Second = second;
            SecondState = secondState;
        }

        /// <summary>The first copy's mark, or -1 when it is not valid.</summary>
        public int First { get; }

        /// <summary>What reading the first copy found.</summary>
        public RecordState FirstState { get; }

        /// <summary>The second copy's mark, or -1 when it is not valid.</summary>
        public int Second { get; }

        /// <summary>What reading the second copy found.</summary>
        public RecordState SecondState { get; }

        /// <summary>The mark to resume at: the higher valid copy, or -1 when neither is valid.</summary>
        public int Value
        {
            get { return First > Second ? First : Second; }
        }

        /// <summary>True when a copy is there but unreadable (damaged or of an unknown format).</summary>
        public bool AnyDamaged
        {
            get { return IsDamage(FirstState) || IsDamage(SecondState); }
        }

        /// <summary>Reads both copies.</summary>
        public static LmsMark Read(IRecordSource store)
        {
            Check.NotNull(store, "store");
            RecordState firstState;
            RecordState secondState;
            int first = ReadCopy(store, LmsRecords.Mark, out firstState);
            int second = ReadCopy(store, LmsRecords.MarkCopy, out secondState);
            return new LmsMark(first, firstState, second, secondState);
        }

        /// <summary>Stages both copies of <paramref name="mark"/>; the caller flushes before using any index below it.</summary>
        public static void Write(IStore store, int mark)
        {
            Check.NotNull(store, "store");
            Check.That(mark >= 0, "a mark is an index count");
            byte[] payload = LmsRecords.EncodeMark(mark);
            store.Write(LmsRecords.Mark, SealedRecord.Seal(LmsRecords.Mark, payload));
            store.Write(LmsRecords.MarkCopy, SealedRecord.Seal(LmsRecords.MarkCopy, payload));
        }

        private static int ReadCopy(IRecordSource store, string name, out RecordState state)
        {
            byte[] payload;
            state = SealedRecord.Read(store, name, out payload);
            if (state != RecordState.Valid)
            {
                return -1;
            }

            int mark = LmsRecords.DecodeMark(payload);
            if (mark < 0)
            {
                // The seal holds but the payload is not a mark of ours: a format this code does not read.
                state = RecordState.Unsupported;
            }

            return mark;
        }

        private static bool IsDamage(RecordState state)
        {
            return state == RecordState.Damaged || state == RecordState.Unsupported;
        }
    }
}
