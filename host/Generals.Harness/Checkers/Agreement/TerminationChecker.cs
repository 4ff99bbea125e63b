using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// Termination within the round bound: every loyal general that is not crash-stopped decides by
/// start + (m + 1) * roundMs + <paramref name="slackMs"/> (the slack covers the harness seeing the telemetry).
/// The start is when the harness actually sent the last start command of the instance (as the history's
/// `control` events show) plus the start delay: in the simulator that is the scheduled time, on emulated
/// generals the harness's scheduler may send it some milliseconds later. An instance a general refused to start
/// (or whose traitors refused their role) is unknown: its generals owed no decision.
/// <para>Incremental: a violation is final when a loyal general the plan never crashes (<paramref name="settle"/>)
/// decided after the bound, or the history has passed the bound without its decision, once every start command the
/// plan sends for the instance is in the history (the bound cannot move) and something of the instance happened. It
/// assumes what both worlds do: a history in time order, and a general that refuses a command does so before the
/// instance's bound (in the simulator, in the step that receives it).</para>
/// </summary>
public sealed class TerminationChecker(IReadOnlyList<AgreementInstance> instances, long slackMs, SettleFacts? settle = null) : IChecker
{
    public string Name => "termination";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history) => IncrementalChecks.Judge(Start(), history);

    public IIncrementalChecker Start() => new Judge(Name, instances, slackMs, settle ?? SettleFacts.None);

    private sealed class Judge(string name, IReadOnlyList<AgreementInstance> instances, long slackMs, SettleFacts settle) : IIncrementalChecker
    {
        private readonly AgreementTracker _tracker = new(instances);

        // No bound comes before the earliest planned one: until the history passes it, only a late decision can settle.
        private readonly long _earliestEndMs = instances.Count == 0 ? long.MaxValue : instances.Min(i => i.EndMs) + slackMs;
        private long _evaluatedMs = long.MinValue;

        public string Name => name;

        public Verdict? Settled { get; private set; }

        public void Observe(HistoryEvent e)
        {
            HistoryEvent? decision = _tracker.Observe(e);
            if (Settled != null || !_tracker.PlanStarted || (decision == null && (e.TimeMs <= _evaluatedMs || e.TimeMs <= _tracker.PlanStartMs + _earliestEndMs)))
            {
                return;
            }

            _evaluatedMs = Math.Max(_evaluatedMs, e.TimeMs);
            if (instances.Any(FinallyLate))
            {
                Settled = Verdict.Invalid;
            }
        }

        public CheckResult Result()
        {
            if (instances.Count == 0)
            {
                return CheckResult.Unknown(Name, "the workload starts no OM or SM instance: termination has nothing to judge");
            }

            var witness = new List<string>();
            var unknown = new List<string>();
            long latestMs = 0;
            foreach (AgreementInstance instance in instances)
            {
                if ((_tracker.Refusal(instance) ?? _tracker.NotRun(instance)) is string refused)
                {
                    unknown.Add(refused);
                    continue;
                }

                long boundMs = BoundMs(instance);
                IReadOnlyDictionary<int, HistoryEvent> decisions = _tracker.FirstDecisions(instance);
                foreach (int general in instance.Loyal.Where(g => !_tracker.Down.Contains(g)))
                {
                    if (!decisions.TryGetValue(general, out HistoryEvent? decision))
                    {
                        witness.Add($"instance {instance.Instance}: loyal general {general} never decided (bound {boundMs} ms)");
                        continue;
                    }

                    latestMs = Math.Max(latestMs, decision.TimeMs - (_tracker.PlanStartMs + instance.StartMs));
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

        private long BoundMs(AgreementInstance instance) => Math.Max(_tracker.PlanStartMs + instance.EndMs, _tracker.SentEndMs(instance)) + slackMs;

        // True when a firm loyal general of the instance decided after its bound, or the history passed the bound without
        // its decision, and nothing can still excuse it: the bound is final, and the instance ran and was not refused.
        private bool FinallyLate(AgreementInstance instance)
        {
            int planned = settle.StartCommandsOf(instance);
            if (planned < 0 || _tracker.StartCommandsSeen(instance) < planned)
            {
                return false;
            }

            long boundMs = BoundMs(instance);
            IReadOnlyDictionary<int, HistoryEvent> decisions = _tracker.FirstDecisions(instance);
            return instance.Loyal.Any(g => settle.Firm(g)
                    && (decisions.TryGetValue(g, out HistoryEvent? decision) ? decision.TimeMs > boundMs : _tracker.LatestMs > boundMs))
                && _tracker.NotRun(instance) == null && _tracker.Refusal(instance) == null;
        }
    }
}
