namespace Generals.Harness.History;

/// <summary>
/// Records the harness adds to a finished history (its monitor's verdicts, timing breaks) merged in time order; a record
/// at the same time as the run's <c>end</c> goes before it, so <c>end</c> stays the last line of every history.
/// </summary>
public static class HistoryMerge
{
    public static IReadOnlyList<HistoryEvent> Into(IReadOnlyList<HistoryEvent> history, IReadOnlyList<HistoryEvent> added) =>
        added.Count == 0
            ? history
            : [.. history.Concat(added).OrderBy(e => e.TimeMs).ThenBy(e => e.Type == HistoryType.End ? 1 : 0)];
}
