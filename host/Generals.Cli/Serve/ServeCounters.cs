using System.Collections.Concurrent;

namespace Generals.Cli.Serve;

/// <summary>What the server refused, by name (unauthorized, forbidden-origin, not-found, unknown-scenario, unknown-general, ...): shown at /counters.</summary>
public sealed class ServeCounters
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts one refusal of kind <paramref name="name"/>.</summary>
    public void Count(string name) => _counts.AddOrUpdate(name, 1, (_, n) => n + 1);

    /// <summary>How many refusals of kind <paramref name="name"/> so far.</summary>
    public long this[string name] => _counts.TryGetValue(name, out long n) ? n : 0;

    /// <summary>Every counter, by name.</summary>
    public SortedDictionary<string, long> Snapshot() => new(_counts, StringComparer.Ordinal);
}
