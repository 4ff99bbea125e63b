using Generals.Harness.History;

namespace Generals.Harness.Checkers;

/// <summary>
/// The judges of one run (<see cref="IChecker.Start"/> of each checker), fed its history as it grows: they give the
/// run's check results at any moment, and say when one of the counted checks (informative ones never fail a run) has a
/// final violation, so the run can stop there: its verdict is invalid whatever comes next.
/// </summary>
public sealed class RunJudges
{
    private readonly IIncrementalChecker[] _judges;
    private readonly bool[] _counted;

    public RunJudges(IEnumerable<IChecker> checkers, IReadOnlyCollection<string> informative)
    {
        ArgumentNullException.ThrowIfNull(checkers);
        ArgumentNullException.ThrowIfNull(informative);
        _judges = checkers.Select(c => c.Start()).ToArray();
        _counted = _judges.Select(j => !informative.Contains(j.Name)).ToArray();
    }

    /// <summary>The counted check whose violation became final first, or null while none has.</summary>
    public string? Violated { get; private set; }

    /// <summary>Takes the next history event; true once a counted check's violation is final (the run may stop).</summary>
    public bool Observe(HistoryEvent e)
    {
        for (int i = 0; i < _judges.Length; i++)
        {
            _judges[i].Observe(e);
            if (Violated == null && _counted[i] && _judges[i].Settled == Verdict.Invalid)
            {
                Violated = _judges[i].Name;
            }
        }

        return Violated != null;
    }

    /// <summary>Each check's result for the events seen so far, in the checkers' order.</summary>
    public List<CheckResult> Results() => _judges.Select(j => j.Result()).ToList();
}
