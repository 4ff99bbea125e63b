namespace Generals.Harness.Sim;

/// <summary>Knobs of a simulation that are not part of the scenario.</summary>
public sealed class SimOptions
{
    /// <summary>Events one run may execute: bounds every simulation, also a buggy one.</summary>
    public long EventsMax { get; init; } = 50_000_000;

    /// <summary>Record network events (send, deliver, drop...) in the history; off for throughput benchmarks.</summary>
    public bool RecordNetwork { get; init; } = true;
}
