using Generals.Core.Runtime;

namespace Generals.Core.Tests.Crypto;

/// <summary>An in-memory <see cref="IStore"/> for Core tests: writes are durable at once, and counted.</summary>
internal sealed class MemoryStore : IStore
{
    private readonly Dictionary<string, byte[]> _records = new(StringComparer.Ordinal);

    public int Writes { get; private set; }

    public int Flushes { get; private set; }

    public byte[] Read(string name) => _records.TryGetValue(name, out byte[]? record) ? (byte[])record.Clone() : null!;

    public void Write(string name, byte[] record)
    {
        _records[name] = (byte[])record.Clone();
        Writes++;
    }

    public void Flush() => Flushes++;

    public void Remove(string name) => _records.Remove(name);

    /// <summary>A copy holding the same records (a store image moved to another General).</summary>
    public MemoryStore Copy()
    {
        var copy = new MemoryStore();
        foreach (KeyValuePair<string, byte[]> record in _records)
        {
            copy._records[record.Key] = (byte[])record.Value.Clone();
        }

        return copy;
    }
}
