using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// IC2: if the commander is loyal, every loyal lieutenant obeys its order. The witness names who did not and why.
/// Only instances with a loyal commander are judged; an instance a general refused to start, or in which a loyal
/// lieutenant (not stopped for good) never decided, is unknown; a run without a loyal commander is unknown.
/// Incremental: the violation is final as soon as a loyal lieutenant the plan never crashes (<paramref name="settle"/>)
/// decides against a loyal commander's order.
/// </summary>
public sealed class Ic2Checker(IReadOnlyList<AgreementInstance> instances, SettleFacts? settle = null) : IChecker
{
    /// <summary>Traitor messages quoted in a witness.</summary>
    public const int WitnessSendsMax = 8;

    public string Name => "ic2";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history) => IncrementalChecks.Judge(Start(), history);

    public IIncrementalChecker Start() => new Judge(Name, instances, settle ?? SettleFacts.None);

    private sealed class Judge(string name, IReadOnlyList<AgreementInstance> instances, SettleFacts settle) : IIncrementalChecker
    {
        private readonly AgreementTracker _tracker = new(instances);

        public string Name => name;

        public Verdict? Settled { get; private set; }

        public void Observe(HistoryEvent e)
        {
            if (_tracker.Observe(e) is not { } decision || Settled != null || !settle.Firm(decision.General))
            {
                return;
            }

            foreach (AgreementInstance instance in instances)
            {
                if (instance.Protocol == decision.Protocol && instance.Instance == decision.Instance && !instance.CommanderIsTraitor
                    && Ic1Checker.IsLoyalLieutenant(instance, decision.General) && decision.Value != instance.Order)
                {
                    Settled = Verdict.Invalid;
                }
            }
        }

        public CheckResult Result()
        {
            var witness = new List<string>();
            var unknown = new List<string>();
            int obeyed = 0;
            int judged = 0;
            foreach (AgreementInstance instance in instances.Where(i => !i.CommanderIsTraitor))
            {
                judged++;
                IReadOnlyDictionary<int, HistoryEvent> decisions = _tracker.FirstDecisions(instance);
                int[] owed = instance.LoyalLieutenants.Where(g => !_tracker.Down.Contains(g)).ToArray();
                int[] disobeyed = owed.Where(g => decisions.TryGetValue(g, out HistoryEvent? d) && d.Value != instance.Order).ToArray();
                if (disobeyed.Length > 0)
                {
                    string who = string.Join(", ", disobeyed.Select(g => $"{g} decided {AgreementHistory.Order(decisions[g].Value)}"));
                    string traitors = string.Join("; ", _tracker.TraitorSends(instance, disobeyed.ToHashSet(), WitnessSendsMax));
                    witness.Add($"instance {instance.Instance}: loyal commander {instance.Commander} ordered {AgreementHistory.Order(instance.Order)} "
                        + $"but loyal lieutenant {who}" + (traitors.Length > 0 ? $"; {traitors}" : string.Empty));
                    continue;
                }

                string? why = _tracker.Refusal(instance)
                    ?? Ic1Checker.Undecided(instance, owed, owed.Where(decisions.ContainsKey).ToArray());
                if (why != null)
                {
                    unknown.Add(why);
                    continue;
                }

                obeyed++;
            }

            var figures = new Dictionary<string, double> { ["loyal-commander-instances"] = judged, ["obeyed"] = obeyed, ["not-judged"] = unknown.Count };
            if (witness.Count > 0)
            {
                return CheckResult.Invalid(Name, witness, figures);
            }

            if (judged == 0)
            {
                unknown.Add(instances.Count == 0
                    ? "the workload starts no OM or SM instance: IC2 has nothing to judge"
                    : "every instance has a traitor commander: IC2 (about a loyal commander's order) has nothing to judge");
            }

            return unknown.Count > 0 ? new CheckResult(Name, Verdict.Unknown, figures, unknown) : CheckResult.Valid(Name, figures);
        }
    }
}
