using System.Numerics;
using Generals.Core.Protocols;
using Generals.Core.Runtime;
using Generals.Harness.Checkers.Agreement;

namespace Generals.Harness.Explore;

/// <summary>
/// What the explorer searches: every set of <see cref="Traitors"/> generals (m, the traitors the protocol is meant
/// to tolerate, or n = 3m's impossibility), each behaving in one of its behaviours.
/// <para>OM: a traitor's behaviours are the enumerated plans, one ATTACK-or-RETREAT choice per message it would send
/// (<see cref="OralMessagesSpace.TraitorPlanCount"/>). A missing, late or malformed message counts as RETREAT at the
/// receiver, so these cover everything a traitor can make a loyal general hold.</para>
/// <para>SM: the enumerated plans over an upper bound of its messages (the commander's n - 1; a lieutenant relays
/// at most one chain per order per round, to n - 1 - r generals in round r; indices past its real count repeat
/// smaller ones), where sending the other order means altering the signed chain, which loyal generals reject.
/// Then silence, the three forgeries, replay and lateness, which plans do not cover.</para>
/// A general commanding one instance and relaying in another gets the larger of the two counts; the same plan
/// index drives its every instance, each from its first message.
/// </summary>
public sealed class TraitorSpace
{
    /// <summary>Plans are counted up to 2^62 so that sizes stay in a long; a search that large is sampled anyway.</summary>
    public const int PlanDigitsMax = 62;

    private static readonly TraitorBehaviour[] SignedExtras =
    [
        new(TraitorStrategy.Silent, 0, 0),
        new(TraitorStrategy.Forge, 1, 0),
        new(TraitorStrategy.Forge, 2, 0),
        new(TraitorStrategy.Forge, 3, 0),
        new(TraitorStrategy.Replay, 0, 0),
        new(TraitorStrategy.Late, 0, 0),
    ];

    private readonly Dictionary<int, long> _plans;
    private readonly bool _signed;

    private TraitorSpace(IReadOnlyList<int> generals, int traitors, Dictionary<int, long> plans, bool signed)
    {
        Generals = generals;
        Traitors = traitors;
        _plans = plans;
        _signed = signed;
    }

    /// <summary>The generals that may be traitors, ascending.</summary>
    public IReadOnlyList<int> Generals { get; }

    /// <summary>How many traitors each configuration has.</summary>
    public int Traitors { get; }

    /// <summary>The space of a scenario's OM/SM instances; null when it starts none.</summary>
    public static TraitorSpace? For(AgreementInstance[] instances, int generals)
    {
        ArgumentNullException.ThrowIfNull(instances);
        if (instances.Length == 0)
        {
            return null;
        }

        int traitors = Math.Clamp(instances.Max(i => i.M), 1, generals - 1);
        var plans = new Dictionary<int, long>();
        foreach (int general in Enumerable.Range(1, generals))
        {
            int digits = instances.Max(i => PlanDigits(i, general));
            plans[general] = 1L << Math.Min(digits, PlanDigitsMax);
        }

        return new TraitorSpace(Enumerable.Range(1, generals).ToArray(), traitors, plans,
            instances.Any(i => i.Protocol == ProtocolCodes.SignedMessages));
    }

    /// <summary>How many behaviours <paramref name="general"/> has as a traitor.</summary>
    public long BehavioursOf(int general) => _plans[general] + (_signed ? SignedExtras.Length : 0);

    /// <summary>Behaviour number <paramref name="index"/> of <paramref name="general"/>: plans first, then SM's extras.</summary>
    public TraitorBehaviour Behaviour(int general, long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, BehavioursOf(general));
        return index < _plans[general] ? TraitorBehaviour.Plan(index) : SignedExtras[index - _plans[general]];
    }

    /// <summary>Configurations in all: the sum over traitor sets of the product of their behaviour counts.</summary>
    public BigInteger Size => Sets().Aggregate(BigInteger.Zero, (sum, set) => sum + set.Aggregate(BigInteger.One, (p, g) => p * BehavioursOf(g)));

    /// <summary>Every configuration, traitor sets in lexicographic order, behaviours as an odometer (last traitor fastest).</summary>
    public IEnumerable<IReadOnlyList<TraitorChoice>> All()
    {
        foreach (int[] set in Sets())
        {
            long[] index = new long[set.Length];
            while (true)
            {
                yield return set.Select((g, k) => new TraitorChoice(g, Behaviour(g, index[k]))).ToList();
                int digit = set.Length - 1;
                while (digit >= 0 && ++index[digit] == BehavioursOf(set[digit]))
                {
                    index[digit] = 0;
                    digit--;
                }

                if (digit < 0)
                {
                    break;
                }
            }
        }
    }

    /// <summary>A configuration drawn uniformly per part: a random set of traitors, each with a random behaviour.</summary>
    public IReadOnlyList<TraitorChoice> Sample(Prng random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int[] pool = [.. Generals];
        for (int k = 0; k < Traitors; k++)
        {
            int j = k + (int)random.NextBelow((uint)(pool.Length - k));
            (pool[k], pool[j]) = (pool[j], pool[k]);
        }

        return pool.Take(Traitors).Order().Select(g =>
        {
            ulong wide = ((ulong)random.NextUInt() << 32) | random.NextUInt();
            return new TraitorChoice(g, Behaviour(g, (long)(wide % (ulong)BehavioursOf(g))));
        }).ToList();
    }

    private IEnumerable<int[]> Sets() => Combinations(Generals.Count, Traitors).Select(c => c.Select(i => Generals[i]).ToArray());

    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        int[] pick = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return [.. pick];
            int i = k - 1;
            while (i >= 0 && pick[i] == n - k + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            pick[i]++;
            for (int j = i + 1; j < k; j++)
            {
                pick[j] = pick[j - 1] + 1;
            }
        }
    }

    /// <summary>Binary choices a traitor at <paramref name="general"/> makes at most in one instance.</summary>
    private static int PlanDigits(AgreementInstance instance, int general)
    {
        int n = instance.Generals.Count;
        bool commander = general == instance.Commander;
        if (instance.Protocol == ProtocolCodes.OralMessages)
        {
            long slots = OralMessagesSpace.TraitorSlots(n, instance.M, commander);
            return (int)Math.Min(slots, PlanDigitsMax);
        }

        return commander ? n - 1 : Enumerable.Range(1, instance.M).Sum(r => 2 * Math.Max(0, n - 1 - r));
    }
}
