using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>IC1: all loyal lieutenants obey the same order. The witness names two that differ and what the traitors told them.</summary>
public sealed class Ic1Checker(IReadOnlyList<AgreementInstance> instances) : IChecker
{
    /// <summary>Traitor messages quoted in a witness.</summary>
    public const int WitnessSendsMax = 8;

    public string Name => "ic1";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        var index = AgreementHistory.FirstDecisionsByInstance(history);
        var witness = new List<string>();
        int agreed = 0;
        foreach (AgreementInstance instance in instances)
        {
            IReadOnlyDictionary<int, HistoryEvent> decisions = AgreementHistory.FirstDecisions(index, instance);
            int[] loyal = instance.LoyalLieutenants.Where(decisions.ContainsKey).ToArray();
            int first = loyal.FirstOrDefault();
            int second = loyal.FirstOrDefault(g => decisions[g].Value != decisions[first].Value);
            if (second == 0)
            {
                agreed++;
                continue;
            }

            string traitors = string.Join("; ", AgreementHistory.TraitorSends(history, instance, new HashSet<int> { first, second }, WitnessSendsMax));
            witness.Add($"instance {instance.Instance}: loyal lieutenants {first} and {second} decided "
                + $"{AgreementHistory.Order(decisions[first].Value)} and {AgreementHistory.Order(decisions[second].Value)}"
                + (traitors.Length > 0 ? $"; {traitors}" : string.Empty));
        }

        var figures = new Dictionary<string, double> { ["instances"] = instances.Count, ["agreed"] = agreed };
        return witness.Count == 0 ? CheckResult.Valid(Name, figures) : CheckResult.Invalid(Name, witness, figures);
    }
}
