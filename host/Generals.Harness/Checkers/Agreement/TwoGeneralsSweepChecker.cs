using System.Globalization;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// Judges a Two Generals sweep against the theorem: no finite strategy both attacks together when nothing is
/// lost and is never defeated. The property checked per strategy is "attacks together at loss 0 and is never
/// defeated"; the sweep is <b>invalid</b> (the impossibility shown, the scenario's expectation) when every strategy
/// attacks together at loss 0 yet was defeated at some loss above 0, with the first defeat of each as the witness.
/// It is <b>valid</b> when some strategy was never defeated (the sweep was too small to show the theorem), and
/// <b>unknown</b> when the runs do not match the model, so the experiment shows nothing: a run left a general
/// undecided, a strategy did not attack together at loss 0, a defeat of a kind the strategy cannot suffer (always
/// attack only loses with A alone, the acknowledging ones only with B alone), or a strategy's defeats lie outside
/// <see cref="ToleranceSigmas"/> standard deviations (plus <see cref="ToleranceRuns"/>) of what
/// <see cref="TwoGeneralsTheory"/> predicts.
/// </summary>
public static class TwoGeneralsSweepChecker
{
    public const string Name = "two-generals-sweep";

    /// <summary>Five standard deviations: a correct implementation falls outside about once in a million sweeps.</summary>
    public const double ToleranceSigmas = 5;

    /// <summary>Added to the band so that strategies with a handful of expected defeats (where the normal approximation is poor) do not flake.</summary>
    public const double ToleranceRuns = 5;

    /// <param name="sweep">The outcome table.</param>
    /// <param name="acksOf">The acknowledgements each strategy requires (0: always attack).</param>
    /// <param name="firstDefeats">Per strategy, its first defeat in words (where in the sweep, what got through).</param>
    public static CheckResult Judge(TwoGeneralsSweep sweep, IReadOnlyDictionary<string, int> acksOf, IReadOnlyDictionary<string, string> firstDefeats)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(acksOf);
        ArgumentNullException.ThrowIfNull(firstDefeats);
        var figures = new Dictionary<string, double>();
        var mismatches = new List<string>();
        var defeatedEverywhere = true;
        foreach (IGrouping<string, TwoGeneralsSweepRow> strategy in sweep.Rows.GroupBy(r => r.Strategy))
        {
            int acks = acksOf[strategy.Key];
            double expected = strategy.Sum(r => r.Runs * TwoGeneralsTheory.DefeatProbability(acks, r.Messengers, r.LossPercent / 100.0));
            double variance = strategy.Sum(r =>
            {
                double p = TwoGeneralsTheory.DefeatProbability(acks, r.Messengers, r.LossPercent / 100.0);
                return r.Runs * p * (1 - p);
            });
            int defeats = strategy.Sum(r => r.Defeats);
            figures[$"{strategy.Key}.runs"] = strategy.Sum(r => r.Runs);
            figures[$"{strategy.Key}.defeats"] = defeats;
            figures[$"{strategy.Key}.defeats-predicted"] = Math.Round(expected, 1);

            int undecided = strategy.Sum(r => r.Undecided);
            int lossless = strategy.Where(r => r.LossPercent == 0).Sum(r => r.Runs);
            int losslessAttacks = strategy.Where(r => r.LossPercent == 0).Sum(r => r.BothAttack);
            int wrongKind = acks == 0 ? strategy.Sum(r => r.OtherAlone) : strategy.Sum(r => r.CommanderAlone);
            if (undecided > 0)
            {
                mismatches.Add($"{strategy.Key}: {undecided} runs left a general undecided");
            }

            if (losslessAttacks < lossless)
            {
                mismatches.Add($"{strategy.Key}: only {losslessAttacks} of {lossless} runs at loss 0 attacked together");
            }

            if (wrongKind > 0)
            {
                mismatches.Add($"{strategy.Key}: {wrongKind} defeats with {(acks == 0 ? "B" : "A")} alone, which this strategy cannot suffer");
            }

            double band = (ToleranceSigmas * Math.Sqrt(variance)) + ToleranceRuns;
            if (Math.Abs(defeats - expected) > band)
            {
                mismatches.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{strategy.Key}: {defeats} defeats where the model predicts {expected:0.0} +- {band:0.0}"));
            }

            defeatedEverywhere &= firstDefeats.ContainsKey(strategy.Key);
        }

        if (mismatches.Count > 0)
        {
            return new CheckResult(Name, Verdict.Unknown, figures, ["the runs do not match the Two Generals model, so the sweep shows nothing:", .. mismatches]);
        }

        if (!defeatedEverywhere)
        {
            return CheckResult.Valid(Name, figures);
        }

        return CheckResult.Invalid(Name,
            ["every strategy attacks together at loss 0, and every one was defeated at some loss above 0: no finite strategy is safe",
             .. sweep.Rows.Select(r => r.Strategy).Distinct().Select(s => firstDefeats[s])],
            figures);
    }
}
