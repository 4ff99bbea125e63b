using Generals.Core.Runtime;
using Generals.Harness.Plan;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Network;

/// <summary>Draws message delays from a <see cref="DelaySpec"/> with the nemesis's seeded generator.</summary>
public static class DelaySampler
{
    /// <summary>A delay in whole milliseconds, clamped to the spec's bounds (and to at most a day).</summary>
    public static long Sample(DelaySpec spec, Prng random)
    {
        double ms = spec.Distribution switch
        {
            DelayDistributionKind.Uniform => spec.MinMs + (random.NextUnit() * (Bounded(spec.MaxMs, spec.MinMs) - spec.MinMs)),
            DelayDistributionKind.Exponential => -spec.Ms * Math.Log(1.0 - random.NextUnit()),
            DelayDistributionKind.Normal => spec.Ms + (spec.StdMs * StandardNormal(random)),
            DelayDistributionKind.Pareto => Math.Max(spec.MinMs, 1.0) / Math.Pow(1.0 - random.NextUnit(), 1.0 / spec.Shape),
            _ => spec.Ms,
        };
        ms = Math.Clamp(ms, spec.MinMs, Math.Min(spec.MaxMs, ScenarioValidator.DurationMaxMs));
        return (long)Math.Round(ms);
    }

    private static double Bounded(double max, double min) => double.IsInfinity(max) ? min + 100 : max;

    private static double StandardNormal(Prng random)
    {
        // Box-Muller on two uniform draws; 1 - u keeps the logarithm finite.
        double u1 = 1.0 - random.NextUnit();
        double u2 = random.NextUnit();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
