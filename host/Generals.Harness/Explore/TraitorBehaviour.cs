using System.Globalization;
using Generals.Core.Protocols;

namespace Generals.Harness.Explore;

/// <summary>
/// One traitor's behaviour: the arguments of its SetTraitor command [strategy, parameter, plan seed]. Plans (Random
/// with a plan parameter, see <see cref="TraitorPlan"/>) put ATTACK or RETREAT in every slot: an enumerated plan
/// spells its slots in the binary digits of the plan seed, a sampled plan draws them from the seed.
/// </summary>
public sealed record TraitorBehaviour(TraitorStrategy Strategy, long Parameter, long PlanSeed)
{
    /// <summary>Binary digits of one enumerated plan (the plan seed's bits).</summary>
    public const int PlanDigits = 64;

    /// <summary>An enumerated plan: its k-th message carries binary digit k of <paramref name="index"/> (1 ATTACK, 0 RETREAT).</summary>
    public static TraitorBehaviour Plan(long index) => new(TraitorStrategy.Random, TraitorPlan.EnumeratedPlans, index);

    /// <summary>An enumerated plan from slot <paramref name="firstSlot"/>: message firstSlot + j carries digit j of <paramref name="bits"/>, every other RETREAT.</summary>
    public static TraitorBehaviour PlanAt(int firstSlot, long bits) =>
        firstSlot == 0 || bits == 0 ? Plan(bits) : new(TraitorStrategy.Random, TraitorPlan.PlanParameter(TraitorPlan.EnumeratedPlans, firstSlot, 0), bits);

    /// <summary>A sampled plan: message k carries draw k of a generator seeded with <paramref name="seed"/>, kept in slots [firstSlot, firstSlot + slotCount) (0: no end).</summary>
    public static TraitorBehaviour Sampled(long seed, int firstSlot = 0, int slotCount = 0) =>
        new(TraitorStrategy.Random, TraitorPlan.PlanParameter(TraitorPlan.SampledPlans, firstSlot, slotCount), seed);

    /// <summary>True for an enumerated plan (from any first slot).</summary>
    public bool IsPlan => Mode == TraitorPlan.EnumeratedPlans;

    /// <summary>True for a sampled plan.</summary>
    public bool IsSampled => Mode == TraitorPlan.SampledPlans;

    /// <summary>The first slot a plan keeps (0 for other behaviours).</summary>
    public int FirstSlot => Mode == 0 ? 0 : TraitorPlan.FirstSlotOf(Parameter);

    /// <summary>How many slots a plan keeps from its first; 0 for no end (and for other behaviours).</summary>
    public int SlotCount => Mode == 0 ? 0 : TraitorPlan.SlotCountOf(Parameter);

    /// <summary>The SetTraitor arguments.</summary>
    public List<long> Arguments => [(long)Strategy, Parameter, PlanSeed];

    private long Mode => Strategy == TraitorStrategy.Random ? TraitorPlan.PlanModeOf(Parameter) : 0;

    /// <summary>
    /// The orders of the first <paramref name="slots"/> slots (1 ATTACK, 0 RETREAT) as the general computes them, or null
    /// for a behaviour that is no plan.
    /// </summary>
    public int[]? Orders(int slots)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slots);
        if (Mode == 0)
        {
            return null;
        }

        var plan = new TraitorPlan(Strategy, Parameter, unchecked((ulong)PlanSeed), 1, 1, [1]);
        return Enumerable.Range(0, slots).Select(_ => plan.OrderFor(1, ProtocolCodes.Retreat)).ToArray();
    }

    /// <summary>"plan 5 (binary 101: ...)", "sampled plan (seed 7, slots 3..40)", "forge 2", "silent".</summary>
    public string Describe()
    {
        if (IsPlan)
        {
            string from = FirstSlot == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" from slot {FirstSlot}");
            return PlanSeed == 0
                ? "plan 0 (RETREAT in every message)"
                : string.Create(CultureInfo.InvariantCulture,
                    $"plan {PlanSeed}{from} (binary {Convert.ToString(PlanSeed, 2)}: message {(FirstSlot == 0 ? "k" : $"{FirstSlot} + k")} carries digit k from the right, 1 ATTACK, 0 RETREAT; every other message RETREAT)");
        }

        if (IsSampled)
        {
            string window = SlotCount == 0
                ? string.Create(CultureInfo.InvariantCulture, $"messages from {FirstSlot} on")
                : string.Create(CultureInfo.InvariantCulture, $"messages {FirstSlot}..{FirstSlot + SlotCount - 1}");
            return string.Create(CultureInfo.InvariantCulture,
                $"sampled plan (seed {PlanSeed}: message k carries bit k drawn from the seed, in {window}; every other message RETREAT)");
        }

        string name = Strategy.ToString().ToLowerInvariant();
        return Parameter == 0 && PlanSeed == 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} {Parameter} (plan seed {PlanSeed})");
    }
}
