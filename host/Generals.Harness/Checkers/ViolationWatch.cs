using Generals.Harness.History;

namespace Generals.Harness.Checkers;

/// <summary>
/// Watches a run's history as it grows with the incremental judges of its counted checks (informative checks never
/// fail a run) and says when one of them has a final violation: the run can stop there, its verdict is invalid
/// whatever comes next. Checks without an incremental form (<see cref="BufferedChecker"/>) never settle, so they are
/// not fed here.
/// </summary>
public sealed class ViolationWatch
{
    private readonly IIncrementalChecker[] _judges;

    public ViolationWatch(IEnumerable<IChecker> checkers, IReadOnlyCollection<string> informative)
    {
        ArgumentNullException.ThrowIfNull(checkers);
        ArgumentNullException.ThrowIfNull(informative);
        _judges = checkers.Where(c => !informative.Contains(c.Name)).Select(c => c.Start()).Where(j => j is not BufferedChecker).ToArray();
    }

    /// <summary>The counted check whose violation became final first, or null while none has.</summary>
    public string? Violated { get; private set; }

    /// <summary>Takes the next history event; true once a counted check's violation is final (the run may stop).</summary>
    public bool Observe(HistoryEvent e)
    {
        if (Violated != null)
        {
            return true;
        }

        foreach (IIncrementalChecker judge in _judges)
        {
            judge.Observe(e);
            if (judge.Settled == Verdict.Invalid)
            {
                Violated ??= judge.Name;
            }
        }

        return Violated != null;
    }
}
