using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// Termination within the round bound: every loyal general that is not crash-stopped decides by
/// start + (m + 1) * roundMs + <paramref name="slackMs"/> (the slack covers the harness seeing the telemetry).
/// </summary>
public sealed class TerminationChecker(IReadOnlyList<AgreementInstance> instances, long slackMs) : IChecker
{
    public string Name => "termination";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        var index = AgreementHistory.FirstDecisionsByInstance(history);
        var witness = new List<string>();
        ISet<int> stopped = AgreementHistory.Stopped(history);
        long latestMs = 0;
        foreach (AgreementInstance instance in instances)
        {
            long boundMs = instance.EndMs + slackMs;
            IReadOnlyDictionary<int, HistoryEvent> decisions = AgreementHistory.FirstDecisions(index, instance);
            foreach (int general in instance.Loyal.Where(g => !stopped.Contains(g)))
            {
                if (!decisions.TryGetValue(general, out HistoryEvent? decision))
                {
                    witness.Add($"instance {instance.Instance}: loyal general {general} never decided (bound {boundMs} ms)");
                    continue;
                }

                latestMs = Math.Max(latestMs, decision.TimeMs - instance.StartMs);
                if (decision.TimeMs > boundMs)
                {
                    witness.Add($"instance {instance.Instance}: loyal general {general} decided at {decision.TimeMs} ms, after the bound {boundMs} ms");
                }
            }
        }

        var figures = new Dictionary<string, double> { ["instances"] = instances.Count, ["slowest-decision-ms"] = latestMs };
        return witness.Count == 0 ? CheckResult.Valid(Name, figures) : CheckResult.Invalid(Name, witness, figures);
    }
}
