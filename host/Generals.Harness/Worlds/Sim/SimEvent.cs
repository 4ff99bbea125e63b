using Generals.Harness.History;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Sim;

/// <summary>One scheduled event of the simulator.</summary>
internal sealed class SimEvent(SimEventKind kind, int node)
{
    public SimEventKind Kind { get; } = kind;

    public int Node { get; } = node;

    public int Generation { get; init; }

    public byte[]? Bytes { get; init; }

    public HistoryEvent? Sent { get; init; }

    public FaultSpec? Fault { get; init; }

    public WorkloadSpec? Work { get; init; }

    /// <summary>A ground-truth line to record when the event's time comes (Note).</summary>
    public HistoryEvent? Note { get; init; }
}

/// <summary>What a simulator event does.</summary>
internal enum SimEventKind
{
    Wake,
    Deliver,
    Fault,
    Restart,
    Resume,
    PowerCutDeadline,
    Control,
    Gst,
    Heal,
    Note,
}
