using System.Globalization;

namespace Generals.Bench.Soak;

/// <summary>The soak's named counts ("runs", "flips/key-tree", "refusals/boot-failed"), safe to add to from any thread.</summary>
public sealed class SoakCounts
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public long this[string name]
    {
        get
        {
            lock (_lock)
            {
                return _counts.GetValueOrDefault(name);
            }
        }
    }

    public void Add(string name, long count = 1)
    {
        lock (_lock)
        {
            _counts[name] = _counts.GetValueOrDefault(name) + count;
        }
    }

    /// <summary>Sets a figure measured once (a maximum, a total read at the end).</summary>
    public void Set(string name, long value)
    {
        lock (_lock)
        {
            _counts[name] = value;
        }
    }

    /// <summary>The sum of every count whose name starts with <paramref name="prefix"/>.</summary>
    public long Sum(string prefix)
    {
        lock (_lock)
        {
            return _counts.Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(c => c.Value);
        }
    }

    public IReadOnlyDictionary<string, long> Snapshot()
    {
        lock (_lock)
        {
            return new SortedDictionary<string, long>(_counts, StringComparer.Ordinal);
        }
    }

    /// <summary>One "name value" line per count, sorted by name.</summary>
    public IEnumerable<string> Lines() => Snapshot().Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key,-44} {c.Value,10:N0}"));
}
