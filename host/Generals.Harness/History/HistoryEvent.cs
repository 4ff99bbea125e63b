namespace Generals.Harness.History;

/// <summary>
/// One line of history.jsonl: something that happened at harness time <see cref="TimeMs"/>. The history is
/// the single source for every checker and every picture. Fields a type does not use stay at their defaults
/// (-1 for ids, 0 for counters) and are left out of the JSON.
/// </summary>
public sealed record HistoryEvent
{
    /// <summary>Harness time in milliseconds since the run started (virtual in sim, wall clock in emu).</summary>
    public required long TimeMs { get; init; }

    /// <summary>What happened: one of <see cref="HistoryTypes"/>.</summary>
    public required string Type { get; init; }

    /// <summary>The General the event is about (sender for network events), or -1.</summary>
    public int Node { get; init; } = -1;

    /// <summary>The other party (receiver, monitored peer), or -1.</summary>
    public int Peer { get; init; } = -1;

    /// <summary>Kind of the frame for network events (FrameKind number), or 0.</summary>
    public int Kind { get; init; }

    /// <summary>Incarnation of <see cref="Node"/> (or of the peer for suspicion events).</summary>
    public long Incarnation { get; init; }

    /// <summary>Frame or link sequence number.</summary>
    public long Sequence { get; init; }

    /// <summary>Protocol instance.</summary>
    public long Instance { get; init; }

    /// <summary>Protocol round.</summary>
    public int Round { get; init; }

    /// <summary>A value: an order, a decision, a payload hash, a delivery index, a count.</summary>
    public long Value { get; init; }

    /// <summary>A second value when one is not enough (protocol id, delivery index).</summary>
    public long Extra { get; init; }

    /// <summary>Free text: a fault's description, a rejection reason.</summary>
    public string? Detail { get; init; }
}
