using Generals.Core.Runtime;

namespace Generals.Harness.Worlds.Sim;

/// <summary>
/// The simulator's store: models fsync. Writes are staged until <see cref="Flush"/>; at a crash every
/// unflushed write is lost. A crash may be scheduled at any single record write inside a flush
/// (<see cref="CrashAtWrite"/>): the writes before it are durable, that one and the rest are lost,
/// and a record is always either its old or its new bytes (atomic replace).
/// </summary>
public sealed class SimStore : IStore
{
    private readonly Dictionary<string, byte[]> _durable = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, byte[]>> _staged = [];
    private long _crashAtWrite = -1;

    /// <summary>Durable record writes so far (the global write index used by <see cref="CrashAtWrite"/>).</summary>
    public long DurableWrites { get; private set; }

    /// <summary>Number of flushes that completed.</summary>
    public long Flushes { get; private set; }

    /// <summary>Arms a crash: the durable write with index <paramref name="writeIndex"/> will not happen;
    /// <see cref="Flush"/> throws <see cref="SimulatedCrashException"/> instead.</summary>
    public void CrashAtWrite(long writeIndex) => _crashAtWrite = writeIndex;

    public byte[] Read(string name)
    {
        for (int i = _staged.Count - 1; i >= 0; i--)
        {
            if (_staged[i].Key == name)
            {
                return _staged[i].Value.AsSpan().ToArray();
            }
        }

        return _durable.TryGetValue(name, out byte[]? record) ? record.AsSpan().ToArray() : null!;
    }

    public void Write(string name, byte[] record)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(record);
        _staged.Add(new(name, record.AsSpan().ToArray()));
    }

    public void Flush()
    {
        try
        {
            foreach (KeyValuePair<string, byte[]> write in _staged)
            {
                if (DurableWrites == _crashAtWrite)
                {
                    _crashAtWrite = -1;
                    throw new SimulatedCrashException(DurableWrites);
                }

                _durable[write.Key] = write.Value;
                DurableWrites++;
            }

            Flushes++;
        }
        finally
        {
            _staged.Clear();
        }
    }

    /// <summary>Cancels an armed crash.</summary>
    public void Disarm() => _crashAtWrite = -1;

    /// <summary>Power cut: every staged write is lost; durable records stay.</summary>
    public void Crash() => _staged.Clear();

    /// <summary>The durable record names (for inspection in tests).</summary>
    public IReadOnlyCollection<string> DurableNames => _durable.Keys;
}

/// <summary>Thrown by <see cref="SimStore.Flush"/> when a scheduled crash lands on a write.</summary>
public sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException(long writeIndex)
        : base($"simulated power cut at durable write {writeIndex}")
    {
        WriteIndex = writeIndex;
    }

    public long WriteIndex { get; }
}
