namespace Generals.Core.Runtime
{
    /// <summary>Read access to persisted records: what a General sees of its store at boot.</summary>
    public interface IRecordSource
    {
        /// <summary>The record's bytes, or null when it was never written.</summary>
        byte[] Read(string name);
    }
}
