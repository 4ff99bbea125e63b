using Generals.Core.Node;
using Generals.Harness.Costs;
using Generals.Harness.History;

namespace Generals.Harness.Worlds.Sim;

/// <summary>Knobs of a simulation that are not part of the scenario.</summary>
public sealed class SimOptions
{
    /// <summary>Events one run may execute: bounds every simulation, also a buggy one.</summary>
    public long EventsMax { get; init; } = 50_000_000;

    /// <summary>Record network events (send, deliver, drop...) in the history; off for throughput benchmarks.</summary>
    public bool RecordNetwork { get; init; } = true;

    /// <summary>Measures what each general's Core spends (`--costs`, docs/costs.md); null measures nothing.</summary>
    public CostMeter? Costs { get; init; }

    /// <summary>Shown the settings of each general at each power-on (tests: what a scenario's settings became).</summary>
    public Action<NodeSettings>? OnNodeSettings { get; init; }

    /// <summary>Makes the exercise parts of each general at each power-on (`generals grade`); null: the kit's own parts.</summary>
    public Func<ExerciseParts>? Parts { get; init; }

    /// <summary>Hears each history event as the run records it; true ends the run after the event being executed (explore
    /// stops a run at its first final violation, <see cref="Checkers.RunJudges"/>). The history then ends there.</summary>
    public Func<HistoryEvent, bool>? StopAfter { get; init; }

    /// <summary><paramref name="options"/> (or the defaults) with <paramref name="stopAfter"/> heard after its own <see cref="StopAfter"/>.</summary>
    public static SimOptions Stopping(SimOptions? options, Func<HistoryEvent, bool> stopAfter) => new()
    {
        EventsMax = options?.EventsMax ?? new SimOptions().EventsMax,
        RecordNetwork = options?.RecordNetwork ?? true,
        Costs = options?.Costs,
        OnNodeSettings = options?.OnNodeSettings,
        Parts = options?.Parts,
        StopAfter = options?.StopAfter is { } own ? e => own(e) | stopAfter(e) : stopAfter,
    };
}
