using Generals.Harness.History;

namespace Generals.Harness.Checkers;

/// <summary>Judging a finished history with an incremental judge.</summary>
public static class IncrementalChecks
{
    /// <summary>Feeds every event of <paramref name="history"/> to <paramref name="judge"/>, in order, and returns its result.</summary>
    public static CheckResult Judge(IIncrementalChecker judge, IReadOnlyList<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(history);
        foreach (HistoryEvent e in history)
        {
            judge.Observe(e);
        }

        return judge.Result();
    }
}
