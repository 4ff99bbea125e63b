using System.Numerics;
using Generals.Core.Protocols;
using Generals.Core.Runtime;
using Generals.Harness.Checkers.Agreement;

namespace Generals.Harness.Explore;

/// <summary>
/// What the explorer searches: every set of <see cref="Traitors"/> generals (by default m, the traitors the protocol
/// is meant to tolerate, or n = 3m's impossibility; a search may name another count), each behaving in one of its
/// behaviours.
/// <para>OM: a traitor's behaviours are its plans, one ATTACK-or-RETREAT choice per message it would send (a slot;
/// 2^slots plans, <see cref="OralMessagesSpace.TraitorPlanCount"/>). A missing, late or malformed message counts as
/// RETREAT at the receiver, so these cover everything a traitor can make a loyal general hold.</para>
/// <para>SM: the plans over an upper bound of its messages (the commander's n - 1; a lieutenant relays at most one
/// chain per order per round, to n - 1 - r generals in round r), where sending the other order means altering the
/// signed chain, which loyal generals reject. Then silence, the three forgeries, replay and lateness, which plans do
/// not cover.</para>
/// <para>A general commanding one instance and relaying in another gets the larger of the two counts; the same plan
/// drives its every instance, each from its first message. Enumeration runs plan indices as enumerated plans (the
/// index's binary digits are the slots); a sample draws a behaviour uniformly, and a plan of more than
/// <see cref="TraitorBehaviour.PlanDigits"/> slots as a sampled plan, whose every slot is a uniform bit.</para>
/// </summary>
public sealed class TraitorSpace
{
    /// <summary>A uniform draw below a bound is retried at most this often (each try succeeds with probability above
    /// 1/2), then reduced modulo the bound, so a draw always ends.</summary>
    private const int UniformDrawTriesMax = 64;

    private static readonly TraitorBehaviour[] SignedExtras =
    [
        new(TraitorStrategy.Silent, 0, 0),
        new(TraitorStrategy.Forge, 1, 0),
        new(TraitorStrategy.Forge, 2, 0),
        new(TraitorStrategy.Forge, 3, 0),
        new(TraitorStrategy.Replay, 0, 0),
        new(TraitorStrategy.Late, 0, 0),
    ];

    private readonly Dictionary<int, int> _slots;
    private readonly bool _signed;
    private readonly Lazy<BigInteger> _size;

    private TraitorSpace(IReadOnlyList<int> generals, int traitors, Dictionary<int, int> slots, bool signed)
    {
        Generals = generals;
        Traitors = traitors;
        _slots = slots;
        _signed = signed;
        _size = new Lazy<BigInteger>(() => Sets().Aggregate(BigInteger.Zero, (sum, set) => sum + set.Aggregate(BigInteger.One, (p, g) => p * BehavioursOf(g))));
    }

    /// <summary>The generals that may be traitors, ascending.</summary>
    public IReadOnlyList<int> Generals { get; }

    /// <summary>How many traitors each configuration has.</summary>
    public int Traitors { get; }

    /// <summary>Configurations in all: the sum over traitor sets of the product of their behaviour counts.</summary>
    public BigInteger Size => _size.Value;

    /// <summary>
    /// The space of a scenario's OM/SM instances with <paramref name="traitors"/> traitors (default: the largest m,
    /// at least 1 and at most n - 1); null when it starts none.
    /// </summary>
    public static TraitorSpace? For(AgreementInstance[] instances, int generals, int? traitors = null)
    {
        ArgumentNullException.ThrowIfNull(instances);
        if (instances.Length == 0)
        {
            return null;
        }

        int count = traitors ?? DefaultTraitors(instances, generals);
        if (count < 0 || count > generals - 1)
        {
            throw new ArgumentOutOfRangeException(nameof(traitors), count, $"a search has 0..{generals - 1} traitors among {generals} generals");
        }

        var slots = new Dictionary<int, int>();
        foreach (int general in Enumerable.Range(1, generals))
        {
            slots[general] = instances.Max(i => Slots(i, general));
        }

        return new TraitorSpace(Enumerable.Range(1, generals).ToArray(), count, slots,
            instances.Any(i => i.Protocol == ProtocolCodes.SignedMessages));
    }

    /// <summary>The traitors a search has unless told otherwise: the largest m of the instances, at least 1 and at most n - 1.</summary>
    public static int DefaultTraitors(AgreementInstance[] instances, int generals)
    {
        ArgumentNullException.ThrowIfNull(instances);
        return instances.Length == 0 ? 0 : Math.Clamp(instances.Max(i => i.M), 1, generals - 1);
    }

    /// <summary>The messages (slots) <paramref name="general"/> sends at most in one instance, as a traitor with a plan.</summary>
    public int SlotsOf(int general) => _slots[general];

    /// <summary>How many behaviours <paramref name="general"/> has as a traitor: 2^slots plans, and SM's extras.</summary>
    public BigInteger BehavioursOf(int general) => (BigInteger.One << _slots[general]) + (_signed ? SignedExtras.Length : 0);

    /// <summary>Behaviour number <paramref name="index"/> of <paramref name="general"/>: plans first (the index's digits), then SM's extras.</summary>
    public TraitorBehaviour Behaviour(int general, long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, BehavioursOf(general));
        BigInteger plans = BigInteger.One << _slots[general];
        return index < plans ? TraitorBehaviour.Plan(index) : SignedExtras[(int)(index - plans)];
    }

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

    /// <summary>
    /// A configuration drawn uniformly per part: a random set of traitors, each with a behaviour drawn uniformly among
    /// its plans and extras. A plan of at most <see cref="TraitorBehaviour.PlanDigits"/> slots is drawn exactly (an
    /// enumerated plan); a longer one is a sampled plan with a random seed, every slot a uniform bit.
    /// </summary>
    public IReadOnlyList<TraitorChoice> Sample(Prng random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int[] pool = [.. Generals];
        for (int k = 0; k < Traitors; k++)
        {
            int j = k + (int)random.NextBelow((uint)(pool.Length - k));
            (pool[k], pool[j]) = (pool[j], pool[k]);
        }

        return pool.Take(Traitors).Order().Select(g => new TraitorChoice(g, SampleBehaviour(g, random))).ToList();
    }

    private TraitorBehaviour SampleBehaviour(int general, Prng random)
    {
        int slots = _slots[general];
        BigInteger plans = BigInteger.One << slots;
        BigInteger index = UniformBelow(random, BehavioursOf(general));
        if (index >= plans)
        {
            return SignedExtras[(int)(index - plans)];
        }

        return slots <= TraitorBehaviour.PlanDigits
            ? TraitorBehaviour.Plan(unchecked((long)(ulong)index))
            : TraitorBehaviour.Sampled(unchecked((long)Wide(random)));
    }

    private static ulong Wide(Prng random) => ((ulong)random.NextUInt() << 32) | random.NextUInt();

    /// <summary>A uniform draw in [0, <paramref name="bound"/>): as many 32-bit draws as the bound needs, masked, retried when too large.</summary>
    private static BigInteger UniformBelow(Prng random, BigInteger bound)
    {
        long bits = (bound - 1).GetBitLength();
        if (bits == 0)
        {
            return BigInteger.Zero;
        }

        BigInteger mask = (BigInteger.One << (int)bits) - 1;
        byte[] bytes = new byte[(int)((bits + 31) / 32) * 4];
        BigInteger value = BigInteger.Zero;
        for (int attempt = 0; attempt < UniformDrawTriesMax; attempt++)
        {
            for (int i = 0; i < bytes.Length; i += 4)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i), random.NextUInt());
            }

            value = new BigInteger(bytes, isUnsigned: true) & mask;
            if (value < bound)
            {
                return value;
            }
        }

        return value % bound;
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

    /// <summary>Slots (binary choices) a traitor at <paramref name="general"/> has at most in one instance.</summary>
    private static int Slots(AgreementInstance instance, int general)
    {
        int n = instance.Generals.Count;
        bool commander = general == instance.Commander;
        if (instance.Protocol == ProtocolCodes.OralMessages)
        {
            return (int)Math.Min(OralMessagesSpace.TraitorSlots(n, instance.M, commander), TraitorPlan.PlanSlotFieldMax);
        }

        return commander ? n - 1 : Enumerable.Range(1, instance.M).Sum(r => 2 * Math.Max(0, n - 1 - r));
    }
}
