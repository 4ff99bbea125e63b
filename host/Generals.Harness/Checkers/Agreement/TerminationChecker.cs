using Generals.Core.Node;
using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// Termination within the round bound: every loyal general that is not crash-stopped decides by
/// start + (m + 1) * roundMs + <paramref name="slackMs"/> (the slack covers the harness seeing the telemetry).
/// The start is when the harness actually sent the last start command of the instance (as the history's
/// `control` events show) plus the start delay: in the simulator that is the scheduled time, on emulated
/// generals the harness's scheduler may send it some milliseconds later. An instance a general refused to start
/// (or whose traitors refused their role) is unknown: its generals owed no decision.
/// </summary>
public sealed class TerminationChecker(IReadOnlyList<AgreementInstance> instances, long slackMs) : IChecker
{
    public string Name => "termination";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        if (instances.Count == 0)
        {
            return CheckResult.Unknown(Name, "the workload starts no OM or SM instance: termination has nothing to judge");
        }

        var index = AgreementHistory.FirstDecisionsByInstance(history);
        var witness = new List<string>();
        var unknown = new List<string>();
        ISet<int> stopped = AgreementHistory.Stopped(history);
        long planStartMs = PlanClock.StartMs(history);
        long latestMs = 0;
        foreach (AgreementInstance instance in instances)
        {
            if ((AgreementHistory.Refusal(history, instance) ?? AgreementHistory.NotRun(history, instance)) is string refused)
            {
                unknown.Add(refused);
                continue;
            }

            long boundMs = Math.Max(planStartMs + instance.EndMs, SentEndMs(history, instance)) + slackMs;
            IReadOnlyDictionary<int, HistoryEvent> decisions = AgreementHistory.FirstDecisions(index, instance);
            foreach (int general in instance.Loyal.Where(g => !stopped.Contains(g)))
            {
                if (!decisions.TryGetValue(general, out HistoryEvent? decision))
                {
                    witness.Add($"instance {instance.Instance}: loyal general {general} never decided (bound {boundMs} ms)");
                    continue;
                }

                latestMs = Math.Max(latestMs, decision.TimeMs - (planStartMs + instance.StartMs));
                if (decision.TimeMs > boundMs)
                {
                    witness.Add($"instance {instance.Instance}: loyal general {general} decided at {decision.TimeMs} ms, after the bound {boundMs} ms");
                }
            }
        }

        var figures = new Dictionary<string, double>
        {
            ["instances"] = instances.Count, ["slowest-decision-ms"] = latestMs, ["not-judged"] = unknown.Count,
        };
        return witness.Count > 0 ? CheckResult.Invalid(Name, witness, figures)
            : unknown.Count > 0 ? new CheckResult(Name, Verdict.Unknown, figures, unknown)
            : CheckResult.Valid(Name, figures);
    }

    /// <summary>The last round's deadline counted from when the instance's start commands were actually sent, read from the
    /// `control` lines' typed fields (long.MinValue when the history has none).</summary>
    private static long SentEndMs(IReadOnlyList<HistoryEvent> history, AgreementInstance instance)
    {
        long endMs = long.MinValue;
        foreach (HistoryEvent e in history)
        {
            if (e.Type == HistoryType.Control && e.Command is StartInstanceCommand start && AgreementHistory.IsStartOf(start, instance))
            {
                endMs = Math.Max(endMs, e.TimeMs + start.StartDelayMs + ((start.M + 1) * start.RoundMs));
            }
        }

        return endMs;
    }
}
