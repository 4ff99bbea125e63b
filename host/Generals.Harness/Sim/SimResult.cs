using Generals.Harness.History;

namespace Generals.Harness.Sim;

/// <summary>What a simulation produced: the history and a few counts.</summary>
public sealed record SimResult(IReadOnlyList<HistoryEvent> History, long Events, long FramesDelivered, long FramesSent)
{
    /// <summary>What the telemetry gate admitted and refused, by results.json name (<see cref="TelemetryAuthenticator.Counts"/>).</summary>
    public IReadOnlyDictionary<string, long> TelemetryCounts { get; init; } = new Dictionary<string, long>();
}
