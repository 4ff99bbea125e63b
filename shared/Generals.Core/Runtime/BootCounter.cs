using Generals.Core.Wire;

namespace Generals.Core.Runtime
{
    /// <summary>
    /// A board's boot counter: the sealed record "board/boots" in the board's store, bumped and flushed once per boot before
    /// the General boots, so it counts failed boots too (the General's incarnation does not). A missing or damaged count
    /// starts again at 1: it is for people to read, nothing depends on it.
    /// </summary>
    public static class BootCounter
    {
        /// <summary>The record's name (outside every name a General uses).</summary>
        public const string RecordName = "board/boots";

        /// <summary>Counts this boot in <paramref name="store"/> and returns the count, this boot included.</summary>
        public static long Next(IStore store)
        {
            Check.NotNull(store, "store");
            byte[] payload;
            uint previous = SealedRecord.Read(store, RecordName, out payload) == RecordState.Valid && payload.Length == 4
                ? Bytes.ReadUInt32(payload, 0) : 0;
            uint count = previous == uint.MaxValue ? previous : previous + 1;
            byte[] record = new byte[4];
            Bytes.WriteUInt32(record, 0, count);
            store.Write(RecordName, SealedRecord.Seal(RecordName, record));
            store.Flush();
            return count;
        }
    }
}
