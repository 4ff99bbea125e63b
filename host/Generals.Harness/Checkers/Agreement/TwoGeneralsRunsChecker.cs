using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// <see cref="TwoGeneralsOutcomeChecker"/> over every Two Generals instance of a run: invalid if any ended in
/// defeat, else unknown if any left a general undecided, else valid. Figures count each outcome.
/// </summary>
public sealed class TwoGeneralsRunsChecker(IReadOnlyList<AgreementInstance> instances) : IChecker
{
    public string Name => "two-generals-outcome";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        if (instances.Count == 0)
        {
            return CheckResult.Unknown(Name, "the workload starts no Two Generals instance");
        }

        var figures = Enum.GetValues<TwoGeneralsOutcome>().ToDictionary(o => Figure(o), _ => 0.0);
        var results = new List<CheckResult>();
        foreach (AgreementInstance instance in instances)
        {
            int other = instance.Generals.First(g => g != instance.Commander);
            results.Add(new TwoGeneralsOutcomeChecker(instance.Instance, instance.Commander, other).Check(history));
            figures[Figure(TwoGeneralsOutcomeChecker.Classify(history, instance.Instance, instance.Commander, other))]++;
        }

        Verdict verdict = results.Select(r => r.Verdict).Aggregate(Verdicts.Merge);
        return new CheckResult(Name, verdict, figures, results.SelectMany(r => r.Witness).ToList());
    }

    private static string Figure(TwoGeneralsOutcome outcome) => outcome switch
    {
        TwoGeneralsOutcome.BothAttack => "both-attack",
        TwoGeneralsOutcome.BothRetreat => "both-retreat",
        TwoGeneralsOutcome.CommanderAlone => "A-alone",
        TwoGeneralsOutcome.OtherAlone => "B-alone",
        _ => "undecided",
    };
}
