using Generals.Harness.History;
using Generals.Harness.Network;

namespace Generals.Harness.Worlds.Lab;

/// <summary>
/// What the harness knows of one board: its last status (<see cref="GeneralStatus.Unknown"/>: never heard), its last
/// boot report (a `board-booted` history line; null: it has not booted while the harness listened), its incarnation, and
/// when it was last heard and since when it is online (harness ms; -1: never, not online).
/// </summary>
public sealed record BoardSighting(int Board)
{
    public GeneralStatus Status { get; init; } = GeneralStatus.Unknown;

    public HistoryEvent? BootReport { get; init; }

    public long Incarnation { get; init; }

    public long LastSeenMs { get; init; } = -1;

    public long OnlineSinceMs { get; init; } = -1;
}
