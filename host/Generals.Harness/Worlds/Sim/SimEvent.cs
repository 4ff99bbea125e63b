using Generals.Harness.History;

namespace Generals.Harness.Worlds.Sim;

/// <summary>One scheduled event of the simulator.</summary>
internal sealed class SimEvent(SimEventKind kind, int node)
{
    public SimEventKind Kind { get; } = kind;

    public int Node { get; } = node;

    public int Generation { get; init; }

    public byte[]? Bytes { get; init; }

    public HistoryEvent? Sent { get; init; }

    /// <summary>What a <see cref="SimEventKind.Run"/> event runs: an operation of the run loop.</summary>
    public Action? Action { get; init; }
}

/// <summary>What a simulator event does.</summary>
internal enum SimEventKind
{
    Wake,
    Deliver,
    Restart,
    PowerCutDeadline,
    Run,
}
