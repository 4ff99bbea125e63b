using Generals.Core.Node;

namespace Generals.Harness.History;

/// <summary>
/// The fields of a <see cref="HistoryEvent"/> that few history types carry (faults, detectors, decisions, rejections,
/// reports), kept apart so the lines of the common types stay small. Immutable: an event that sets one gets its own copy.
/// </summary>
internal sealed record HistoryEventRare
{
    /// <summary>Every field at its default: what an event that sets none of them shares.</summary>
    public static readonly HistoryEventRare None = new();

    public int Peer { get; init; }

    public long PeerIncarnation { get; init; }

    public long DelayMs { get; init; }

    public int Bits { get; init; }

    public int Claimed { get; init; }

    public string Detail { get; init; } = "";

    public long RestartAfterMs { get; init; }

    public long DurationMs { get; init; }

    public long Backlog { get; init; }

    public long Inputs { get; init; }

    public long Frames { get; init; }

    public int Partition { get; init; }

    public IReadOnlyList<IReadOnlyList<int>> Groups { get; init; } = [];

    public bool OneWay { get; init; }

    public string World { get; init; } = "";

    public TelemetryChannel Channel { get; init; }

    public ControlCommand? Command { get; init; }

    public TelemetryEvent? Report { get; init; }

    public int Protocol { get; init; }

    public long Value { get; init; }

    public RejectReason Rejection { get; init; }

    public long Code { get; init; }
}
