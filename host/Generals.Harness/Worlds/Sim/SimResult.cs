using Generals.Harness.History;

namespace Generals.Harness.Worlds.Sim;

/// <summary>What a simulation produced: the history and a few counts.</summary>
public sealed record SimResult(IReadOnlyList<HistoryEvent> History, long Events, long FramesDelivered, long FramesSent)
{
    /// <summary>The signature scheme that ran, as <see cref="SimSignatures.Description"/> says it.</summary>
    public string Signature { get; init; } = "";

    /// <summary>Frames (control and wire) by the signature scheme their bytes carry ("lms", "ed25519", "ideal").</summary>
    public IReadOnlyDictionary<string, long> SignedFrames { get; init; } = new Dictionary<string, long>();

    /// <summary>One-time keys each general's LMS key spent in the run, by general (empty for stateless schemes).</summary>
    public IReadOnlyDictionary<int, long> OneTimeKeysUsed { get; init; } = new Dictionary<int, long>();

    /// <summary>What the telemetry gate admitted and refused, by results.json name (<see cref="TelemetryAuthenticator.Counts"/>).</summary>
    public IReadOnlyDictionary<string, long> TelemetryCounts { get; init; } = new Dictionary<string, long>();
}
