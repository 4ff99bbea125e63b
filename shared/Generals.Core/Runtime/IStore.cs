namespace Generals.Core.Runtime
{
    /// <summary>
    /// Small named records with atomic replace. A write is staged until <see cref="Flush"/>;
    /// after a power cut only flushed writes remain, and a torn write leaves the old record.
    /// </summary>
    public interface IStore : IRecordSource
    {
        /// <summary>Stages a whole-record replacement. Not durable until <see cref="Flush"/> returns.</summary>
        void Write(string name, byte[] record);

        /// <summary>Makes every staged write durable, in the order they were made.</summary>
        void Flush();
    }
}
