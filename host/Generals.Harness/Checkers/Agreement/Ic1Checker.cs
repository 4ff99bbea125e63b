using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// IC1: all loyal lieutenants obey the same order. The witness names two that differ and what the traitors told them.
/// An instance is judged only when it ran: if a general refused to start it, or a loyal lieutenant that was not
/// stopped for good never decided, IC1 cannot be confirmed and the instance is unknown (never valid by default).
/// Incremental: the violation is final as soon as two loyal lieutenants the plan never crashes (<paramref name="settle"/>)
/// have decided differently, since a first decision never changes and only a crash-stop excuses a general.
/// </summary>
public sealed class Ic1Checker(IReadOnlyList<AgreementInstance> instances, SettleFacts? settle = null) : IChecker
{
    /// <summary>Traitor messages quoted in a witness.</summary>
    public const int WitnessSendsMax = 8;

    public string Name => "ic1";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history) => IncrementalChecks.Judge(Start(), history);

    public IIncrementalChecker Start() => new Judge(Name, instances, settle ?? SettleFacts.None);

    /// <summary>Why the loyal lieutenants' decisions do not settle IC1, or null when every one of them decided.</summary>
    internal static string? Undecided(AgreementInstance instance, int[] owed, int[] decided)
    {
        if (owed.Length == 0)
        {
            return $"instance {instance.Instance}: no loyal lieutenant is left to decide";
        }

        int[] missing = owed.Except(decided).ToArray();
        return missing.Length == 0 ? null
            : decided.Length == 0 ? $"instance {instance.Instance}: no loyal lieutenant decided (did the instance start?)"
            : $"instance {instance.Instance}: loyal lieutenant{(missing.Length > 1 ? "s" : string.Empty)} {string.Join(", ", missing)} never decided";
    }

    /// <summary>True when <paramref name="general"/> is one of the instance's loyal lieutenants.</summary>
    internal static bool IsLoyalLieutenant(AgreementInstance instance, int general) =>
        general != instance.Commander && !instance.Traitors.Contains(general) && instance.Generals.Contains(general);

    private sealed class Judge(string name, IReadOnlyList<AgreementInstance> instances, SettleFacts settle) : IIncrementalChecker
    {
        private readonly AgreementTracker _tracker = new(instances);

        // The first order a firm loyal lieutenant decided, per instance index: a second firm one deciding otherwise settles.
        private readonly Dictionary<int, long> _firmOrder = [];

        public string Name => name;

        public Verdict? Settled { get; private set; }

        public void Observe(HistoryEvent e)
        {
            if (_tracker.Observe(e) is not { } decision || Settled != null || !settle.Firm(decision.General))
            {
                return;
            }

            for (int i = 0; i < instances.Count; i++)
            {
                AgreementInstance instance = instances[i];
                if (instance.Protocol != decision.Protocol || instance.Instance != decision.Instance || !IsLoyalLieutenant(instance, decision.General))
                {
                    continue;
                }

                if (!_firmOrder.TryAdd(i, decision.Value) && _firmOrder[i] != decision.Value)
                {
                    Settled = Verdict.Invalid;
                }
            }
        }

        public CheckResult Result()
        {
            if (instances.Count == 0)
            {
                return CheckResult.Unknown(Name, "the workload starts no OM or SM instance: IC1 has nothing to judge");
            }

            var witness = new List<string>();
            var unknown = new List<string>();
            var notes = new List<string>();
            int agreed = 0;
            foreach (AgreementInstance instance in instances)
            {
                IReadOnlyDictionary<int, HistoryEvent> decisions = _tracker.FirstDecisions(instance);
                int[] owed = instance.LoyalLieutenants.Where(g => !_tracker.Down.Contains(g)).ToArray();
                int[] loyal = owed.Where(decisions.ContainsKey).ToArray();
                int first = loyal.FirstOrDefault();
                int second = loyal.FirstOrDefault(g => decisions[g].Value != decisions[first].Value);
                if (second != 0)
                {
                    string traitors = string.Join("; ", _tracker.TraitorSends(instance, new HashSet<int> { first, second }, WitnessSendsMax));
                    witness.Add($"instance {instance.Instance}: loyal lieutenants {first} and {second} decided "
                        + $"{AgreementHistory.Order(decisions[first].Value)} and {AgreementHistory.Order(decisions[second].Value)}"
                        + (traitors.Length > 0 ? $"; {traitors}" : string.Empty));
                    continue;
                }

                string? why = _tracker.Refusal(instance) ?? Undecided(instance, owed, loyal);
                if (why != null)
                {
                    unknown.Add(why);
                    continue;
                }

                agreed++;
                if (owed.Length == 1)
                {
                    notes.Add($"instance {instance.Instance}: one loyal lieutenant ({owed[0]}): IC1 holds trivially");
                }
            }

            var figures = new Dictionary<string, double> { ["instances"] = instances.Count, ["agreed"] = agreed, ["not-judged"] = unknown.Count };
            return witness.Count > 0 ? CheckResult.Invalid(Name, witness, figures)
                : unknown.Count > 0 ? new CheckResult(Name, Verdict.Unknown, figures, [.. unknown, .. notes])
                : new CheckResult(Name, Verdict.Valid, figures, notes);
        }
    }
}
