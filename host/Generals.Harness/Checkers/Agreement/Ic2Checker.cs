using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>IC2: if the commander is loyal, every loyal lieutenant obeys its order. The witness names who did not and why.</summary>
public sealed class Ic2Checker(IReadOnlyList<AgreementInstance> instances) : IChecker
{
    /// <summary>Traitor messages quoted in a witness.</summary>
    public const int WitnessSendsMax = 8;

    public string Name => "ic2";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        var index = AgreementHistory.FirstDecisionsByInstance(history);
        var witness = new List<string>();
        int obeyed = 0;
        int judged = 0;
        foreach (AgreementInstance instance in instances.Where(i => !i.CommanderIsTraitor))
        {
            judged++;
            IReadOnlyDictionary<int, HistoryEvent> decisions = AgreementHistory.FirstDecisions(index, instance);
            int[] disobeyed = instance.LoyalLieutenants
                .Where(g => decisions.TryGetValue(g, out HistoryEvent? d) && d.Value != instance.Order).ToArray();
            if (disobeyed.Length == 0)
            {
                obeyed++;
                continue;
            }

            string who = string.Join(", ", disobeyed.Select(g => $"{g} decided {AgreementHistory.Order(decisions[g].Value)}"));
            string traitors = string.Join("; ", AgreementHistory.TraitorSends(history, instance, disobeyed.ToHashSet(), WitnessSendsMax));
            witness.Add($"instance {instance.Instance}: loyal commander {instance.Commander} ordered {AgreementHistory.Order(instance.Order)} "
                + $"but loyal lieutenant {who}" + (traitors.Length > 0 ? $"; {traitors}" : string.Empty));
        }

        var figures = new Dictionary<string, double> { ["loyal-commander-instances"] = judged, ["obeyed"] = obeyed };
        return witness.Count == 0 ? CheckResult.Valid(Name, figures) : CheckResult.Invalid(Name, witness, figures);
    }
}
