using System.Globalization;
using Generals.Core.Protocols;

namespace Generals.Harness.Explore;

/// <summary>One traitor's behaviour: the arguments of its SetTraitor command [strategy, parameter, plan seed].</summary>
public sealed record TraitorBehaviour(TraitorStrategy Strategy, long Parameter, long PlanSeed)
{
    /// <summary>An enumerated plan: its k-th message carries binary digit k of <paramref name="index"/> (1 ATTACK, 0 RETREAT).</summary>
    public static TraitorBehaviour Plan(long index) => new(TraitorStrategy.Random, TraitorPlan.EnumeratedPlans, index);

    /// <summary>True for an enumerated plan.</summary>
    public bool IsPlan => Strategy == TraitorStrategy.Random && Parameter == TraitorPlan.EnumeratedPlans;

    /// <summary>The SetTraitor arguments.</summary>
    public List<long> Arguments => [(long)Strategy, Parameter, PlanSeed];

    /// <summary>"plan 5 (binary 101: ...)", "forge 2", "silent".</summary>
    public string Describe()
    {
        if (IsPlan)
        {
            return PlanSeed == 0
                ? "plan 0 (RETREAT in every message)"
                : string.Create(CultureInfo.InvariantCulture,
                    $"plan {PlanSeed} (binary {Convert.ToString(PlanSeed, 2)}: message k carries digit k from the right, 1 ATTACK, 0 RETREAT)");
        }

        string name = Strategy.ToString().ToLowerInvariant();
        return Parameter == 0 && PlanSeed == 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} {Parameter} (plan seed {PlanSeed})");
    }
}
