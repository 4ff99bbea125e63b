using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// No general changes its decision: every decision it reports for an instance (a rebooted general reports its
/// persisted decision again) carries the same order. Without any decision it is unknown; when no general reported a
/// decision twice, it is valid and says so (nothing changed, but no recovery was tested).
/// </summary>
public sealed class StableDecisionChecker : IChecker
{
    public string Name => "decision-stable";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        var witness = new List<string>();
        var repeated = 0;
        var decided = 0;
        IEnumerable<IGrouping<(int General, long Instance, int Protocol), HistoryEvent>> groups = history
            .Where(e => e.Type == HistoryType.Decide)
            .GroupBy(e => (e.General, e.Instance, e.Protocol));
        foreach (IGrouping<(int General, long Instance, int Protocol), HistoryEvent> group in groups)
        {
            HistoryEvent[] decisions = group.ToArray();
            decided++;
            repeated += decisions.Length - 1;
            HistoryEvent? changed = decisions.FirstOrDefault(d => d.Value != decisions[0].Value);
            if (changed is not null)
            {
                witness.Add($"instance {group.Key.Instance}: general {group.Key.General} decided {AgreementHistory.Order(decisions[0].Value)} "
                    + $"at {decisions[0].TimeMs} ms (incarnation {decisions[0].Incarnation}) and {AgreementHistory.Order(changed.Value)} "
                    + $"at {changed.TimeMs} ms (incarnation {changed.Incarnation})");
            }
        }

        var figures = new Dictionary<string, double> { ["decisions"] = decided, ["repeated-reports"] = repeated };
        if (witness.Count > 0)
        {
            return CheckResult.Invalid(Name, witness, figures);
        }

        if (decided == 0)
        {
            return new CheckResult(Name, Verdict.Unknown, figures, ["no general reported a decision: nothing to compare"]);
        }

        return repeated > 0 ? CheckResult.Valid(Name, figures)
            : new CheckResult(Name, Verdict.Valid, figures,
                ["no general reported a decision twice (none restarted after deciding): each decision stood, but no recovery was put to the test"]);
    }
}
