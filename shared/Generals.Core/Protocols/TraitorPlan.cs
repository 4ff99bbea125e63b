using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Protocols
{
    /// <summary>
    /// What one general does in one protocol instance, given its traitor strategy: for every message the protocol
    /// would send (a slot), the order to send instead, or none. Deterministic given the plan seed, the instance and
    /// the general, so a seed replays a behaviour.
    /// <para>Plans. With <see cref="TraitorStrategy.Random"/> and a plan parameter (<see cref="PlanParameter"/>)
    /// every slot carries ATTACK or RETREAT, in the order the slots are sent, the same in every instance:
    /// <see cref="EnumeratedPlans"/> reads the plan seed as a plan index, slot first + j carrying binary digit j
    /// (indices 0 .. 2^slots - 1 cover every behaviour of up to 64 slots, see OralMessagesSpace);
    /// <see cref="SampledPlans"/> draws one uniform bit per slot from a generator seeded with the plan seed (slot k
    /// carries draw k), so a plan reaches every slot however many there are. Slots outside the parameter's window
    /// [first, first + count) carry RETREAT (count 0: no end).</para>
    /// </summary>
    public sealed class TraitorPlan
    {
        /// <summary>Random parameter (plan mode 1): the plan seed is a plan index, one binary digit (RETREAT 0, ATTACK 1) per slot.</summary>
        public const long EnumeratedPlans = 1;

        /// <summary>Random plan mode 2: slot k carries bit k drawn from a generator seeded with the plan seed.</summary>
        public const long SampledPlans = 2;

        /// <summary>The largest first slot and slot count a plan parameter holds (24 bits each); an instance has at most
        /// (m + 1) x OralMessages.SendsPerRoundMax slots, far below.</summary>
        public const int PlanSlotFieldMax = 0xFFFFFF;

        /// <summary>How far past the deadline a Late traitor sends when its parameter is 0.</summary>
        public const long LateByMsDefault = 1;

        /// <summary>Fellow traitors are named in a 64-bit mask, so only ids below this take part in the mask.</summary>
        public const int CollusionMaskIdLimit = 63;

        private const ulong InstanceMix = 0x9E3779B97F4A7C15UL;
        private const ulong GeneralMix = 0xC2B2AE3D27D4EB4FUL;
        private const long PlanModeMask = 0xFF;
        private const int FirstSlotShift = 8;
        private const int SlotCountShift = 32;
        private const int PlanUnusedShift = 56;
        private static readonly object AttackMark = new object();

        private readonly TraitorStrategy _strategy;
        private readonly long _parameter;
        private readonly ChoiceSource _source;
        private readonly bool _binary;
        // The generals the partition sends ATTACK (an equivocator's or colluder's plan only): one entry per such general.
        private readonly IdTable _attackSide = new IdTable();

        /// <summary>The plan of general <paramref name="self"/> for <paramref name="instance"/> among <paramref name="generals"/> (ascending).</summary>
        public TraitorPlan(TraitorStrategy strategy, long parameter, ulong planSeed, uint instance, int self, int[] generals)
        {
            Check.NotNull(generals, "generals");
            _strategy = strategy;
            _parameter = parameter;
            ulong instanceSeed = planSeed ^ ((ulong)instance * InstanceMix);
            ulong ownSeed = instanceSeed ^ ((ulong)(uint)self * GeneralMix);
            long mode = strategy == TraitorStrategy.Random ? PlanModeOf(parameter) : 0;
            _binary = mode != 0;
            if (mode == EnumeratedPlans)
            {
                _source = ChoiceSource.Enumerated(planSeed, FirstSlotOf(parameter), SlotCountOf(parameter));
            }
            else if (mode == SampledPlans)
            {
                _source = ChoiceSource.Seeded(planSeed, FirstSlotOf(parameter), SlotCountOf(parameter));
            }
            else
            {
                _source = ChoiceSource.Seeded(ownSeed);
            }

            if (strategy == TraitorStrategy.Collude)
            {
                // Every colluder draws the same partition: the seed leaves out who draws it.
                Partition(generals, (ulong)parameter, -1, new Prng(instanceSeed));
            }
            else if (strategy == TraitorStrategy.Equivocate)
            {
                Partition(generals, 0, self, new Prng(ownSeed));
            }
        }

        /// <summary>
        /// The Random parameter of a plan: <paramref name="mode"/> (<see cref="EnumeratedPlans"/> or
        /// <see cref="SampledPlans"/>) keeping slots [<paramref name="firstSlot"/>, firstSlot + <paramref name="slotCount"/>),
        /// slot count 0 for no end. Mode 1 with the whole window is the parameter 1 of earlier scenarios.
        /// </summary>
        public static long PlanParameter(long mode, int firstSlot, int slotCount)
        {
            Check.That(mode == EnumeratedPlans || mode == SampledPlans, "a plan mode");
            Check.That(firstSlot >= 0 && firstSlot <= PlanSlotFieldMax && slotCount >= 0 && slotCount <= PlanSlotFieldMax, "plan window within its fields");
            return mode | ((long)firstSlot << FirstSlotShift) | ((long)slotCount << SlotCountShift);
        }

        /// <summary>The plan mode a Random parameter names (<see cref="EnumeratedPlans"/>, <see cref="SampledPlans"/>), or 0: the three-way draw.</summary>
        public static long PlanModeOf(long parameter)
        {
            long mode = parameter & PlanModeMask;
            bool fits = parameter >= 0 && (parameter >> PlanUnusedShift) == 0;
            return fits && (mode == EnumeratedPlans || mode == SampledPlans) ? mode : 0;
        }

        /// <summary>The first slot a plan parameter keeps.</summary>
        public static int FirstSlotOf(long parameter)
        {
            return (int)((parameter >> FirstSlotShift) & PlanSlotFieldMax);
        }

        /// <summary>How many slots a plan parameter keeps from its first; 0 for no end.</summary>
        public static int SlotCountOf(long parameter)
        {
            return (int)((parameter >> SlotCountShift) & PlanSlotFieldMax);
        }

        /// <summary>The plan of a loyal general.</summary>
        public static TraitorPlan Loyal(uint instance, int self, int[] generals)
        {
            return new TraitorPlan(TraitorStrategy.Loyal, 0, 0, instance, self, generals);
        }

        /// <summary>The strategy this plan follows.</summary>
        public TraitorStrategy Strategy
        {
            get { return _strategy; }
        }

        /// <summary>The strategy's parameter.</summary>
        public long Parameter
        {
            get { return _parameter; }
        }

        /// <summary>True when the plan follows the protocol.</summary>
        public bool IsLoyal
        {
            get { return _strategy == TraitorStrategy.Loyal; }
        }

        /// <summary>Where the choices come from (the explorer reads how many were made).</summary>
        public ChoiceSource Source
        {
            get { return _source; }
        }

        /// <summary>How long past a round's deadline a Late traitor sends.</summary>
        public long LateByMs
        {
            get { return _strategy == TraitorStrategy.Late && _parameter > 0 ? _parameter : LateByMsDefault; }
        }

        /// <summary>
        /// The order to send in one slot where the protocol says <paramref name="honestOrder"/> to
        /// <paramref name="recipient"/>, or <see cref="ProtocolCodes.NoOrder"/>. Forge, Replay and Late return the
        /// honest order: the protocol module applies what they alter (the order, the path or chain, the timing).
        /// </summary>
        public int OrderFor(int recipient, int honestOrder)
        {
            switch (_strategy)
            {
                case TraitorStrategy.Silent:
                    return ProtocolCodes.NoOrder;
                case TraitorStrategy.Equivocate:
                case TraitorStrategy.Collude:
                    return SideOf(recipient);
                case TraitorStrategy.Random:
                    if (_binary)
                    {
                        return _source.Next(2) == 1 ? ProtocolCodes.Attack : ProtocolCodes.Retreat;
                    }

                    int choice = _source.Next(3);
                    return choice == 2 ? ProtocolCodes.NoOrder : choice;
                default:
                    return honestOrder;
            }
        }

        /// <summary>A module-specific choice in [0, <paramref name="alternatives"/>) (which forgery, which path).</summary>
        public int Choose(int alternatives)
        {
            return _source.Next(alternatives);
        }

        /// <summary>The order the partition assigns to <paramref name="general"/> (ATTACK for the first half).</summary>
        public int SideOf(int general)
        {
            return _attackSide.Contains(general) ? ProtocolCodes.Attack : ProtocolCodes.Retreat;
        }

        /// <summary>Slots the partition's table holds (what a plan costs; see <see cref="IdTable.Capacity"/>).</summary>
        public int PartitionCapacity
        {
            get { return _attackSide.Capacity; }
        }

        private void MarkAttack(int general)
        {
            if (general >= FrameLimits.HarnessId && general <= FrameLimits.GeneralIdMax)
            {
                _attackSide.Set(general, AttackMark);
            }
        }

        private void Partition(int[] generals, ulong excludedMask, int excluded, Prng random)
        {
            int[] eligible = new int[generals.Length];
            int count = 0;
            for (int i = 0; i < generals.Length; i++)
            {
                int general = generals[i];
                bool masked = general < CollusionMaskIdLimit && (excludedMask & (1UL << general)) != 0;
                if (general == excluded || masked)
                {
                    MarkAttack(general);

                    continue;
                }

                eligible[count] = general;
                count++;
            }

            for (int i = count - 1; i > 0; i--)
            {
                int j = (int)random.NextBelow((uint)(i + 1));
                int swap = eligible[i];
                eligible[i] = eligible[j];
                eligible[j] = swap;
            }

            for (int i = 0; i < (count + 1) / 2; i++)
            {
                MarkAttack(eligible[i]);
            }
        }
    }
}
