using Generals.Harness.History;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Generator;

/// <summary>
/// One timed operation of a run, at plan time <see cref="AtMs"/> (ms after the history's start line), on
/// <see cref="General"/> (0: none, or every general for a control command), with the scenario entry it comes from.
/// </summary>
public sealed record Operation(long AtMs, OperationKind Kind)
{
    /// <summary>The general it acts on (0 when none, or every general for a control command).</summary>
    public int General { get; init; }

    /// <summary>The fault it comes from (faults only).</summary>
    public FaultSpec? Fault { get; init; }

    /// <summary>The workload command it sends (control only).</summary>
    public WorkloadSpec? Work { get; init; }

    /// <summary>The ground-truth line it writes (notes and the broker's down and up), stamped when it happens.</summary>
    public HistoryEvent? Line { get; init; }
}
