using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.History;
using Generals.Harness.Plan;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Network;

/// <summary>
/// The nemesis of the network: for every frame on every directed link it decides, with its own seeded
/// generator and in a fixed order of draws, whether the frame is cut by a partition, lost, delayed,
/// reordered, corrupted, spoofed, duplicated, and whether an old frame of the link is replayed.
/// The same seed and the same sequence of frames give the same decisions, in the simulator and with a real broker.
/// </summary>
public sealed class NetworkNemesis
{
    /// <summary>Frames remembered per directed link for replay: bounds memory.</summary>
    public const int ReplayMemoryMax = 64;

    private readonly Scenario _scenario;
    private readonly Prng _random;
    private readonly LinkFaults _baseline;
    private readonly LinkFaults _unstable;
    private readonly bool _hasCuts;
    private readonly Dictionary<(int, int), ReplayMemory> _memory = [];
    private bool _healed;
    private volatile IReadOnlyList<IReadOnlyList<int>>? _instructorCut;

    public NetworkNemesis(Scenario scenario, Prng random)
    {
        _scenario = scenario;
        _random = random;
        _baseline = LinkFaults.None.Over(scenario.Network);
        _unstable = _baseline with { Delay = scenario.Timing.Unstable ?? new DelaySpec { Distribution = DelayDistributionKind.Exponential, Ms = 200 } };
        _hasCuts = scenario.Partitions.Count > 0 || scenario.Faults.Any(f => f.Kind == FaultKind.BrokerRestart);
    }

    /// <summary>
    /// Ends every fault for the settle period after the run: no partition, loss, corruption, spoofing,
    /// duplication or replay, only the network's delay, so that what a correct general still owes can arrive.
    /// </summary>
    public void Heal() => _healed = true;

    /// <summary>
    /// Cuts every link between the groups until <see cref="Uncut"/>: an instructor's partition (`generals serve`), decided
    /// here like a scenario's partition, without a random draw (the seeded decisions of the other frames stay the same).
    /// </summary>
    public void Cut(IReadOnlyList<IReadOnlyList<int>> groups) => _instructorCut = groups;

    /// <summary>Ends the instructor's partition.</summary>
    public void Uncut() => _instructorCut = null;

    /// <summary>The knobs in force on from -> to at <paramref name="nowMs"/>.</summary>
    public LinkFaults FaultsAt(int from, int to, long nowMs)
    {
        LinkFaults faults = _scenario.Timing.Model == TimingModel.Asynchronous
            || (_scenario.Timing.Model == TimingModel.PartiallySynchronous && nowMs < _scenario.Timing.GstMs)
            ? _unstable
            : _baseline;

        foreach (LinkRuleSpec rule in _scenario.Links)
        {
            if ((rule.From == null || rule.From == from) && (rule.To == null || rule.To == to)
                && nowMs >= rule.FromMs && nowMs < rule.UntilMs)
            {
                faults = faults.Over(rule);
            }
        }

        return faults;
    }

    /// <summary>True when a partition (or the broker being down) cuts from -> to at <paramref name="nowMs"/>.</summary>
    public bool IsCut(int from, int to, long nowMs)
    {
        if (_instructorCut is { } cut && Separates(cut, from, to))
        {
            return true;
        }

        if (!_hasCuts)
        {
            return false;
        }

        foreach (FaultSpec fault in _scenario.Faults)
        {
            // With a redundant pair the outage is one broker's, which the world makes real (emu) or the generals' failover
            // hides (sim): no frame is lost by plan.
            if (fault.Kind == FaultKind.BrokerRestart && _scenario.Brokers == 1 && nowMs >= fault.AtMs && nowMs < fault.AtMs + fault.DurationMs)
            {
                return true;
            }
        }

        foreach (PartitionSpec p in _scenario.Partitions)
        {
            if (nowMs < p.FromMs || nowMs >= p.UntilMs)
            {
                continue;
            }

            if (p.From.Contains(from) && p.To.Contains(to))
            {
                return true;
            }

            if (Separates(p.Groups, from, to))
            {
                return true;
            }
        }

        return false;
    }

    // True when from and to are in two different groups.
    private static bool Separates(IReadOnlyList<IReadOnlyList<int>> groups, int from, int to)
    {
        int fromGroup = -1;
        int toGroup = -1;
        for (int i = 0; i < groups.Count; i++)
        {
            fromGroup = groups[i].Contains(from) ? i : fromGroup;
            toGroup = groups[i].Contains(to) ? i : toGroup;
        }

        return fromGroup >= 0 && toGroup >= 0 && fromGroup != toGroup;
    }

    /// <summary>Every copy of the frame that travels from -> to (possibly none), in order of decision.</summary>
    public List<NemesisAction> Decide(int from, int to, byte[] frame, long nowMs)
    {
        var actions = new List<NemesisAction>(2);
        if (_healed)
        {
            actions.Add(new(true, DelaySampler.Sample(_baseline.Delay, _random), frame, HistoryType.Deliver));
            return actions;
        }

        if (IsCut(from, to, nowMs))
        {
            actions.Add(new(false, 0, frame, HistoryType.Drop, "partition"));
            return actions;
        }

        LinkFaults f = FaultsAt(from, to, nowMs);
        Remember(from, to, frame);
        if (_random.Chance(f.Loss))
        {
            actions.Add(new(false, 0, frame, HistoryType.Drop, "loss"));
        }
        else
        {
            actions.Add(Copy(f, from, frame));
        }

        if (_random.Chance(f.Duplicate))
        {
            NemesisAction copy = Copy(f, from, frame);
            actions.Add(copy with { Type = HistoryType.Duplicate, Bits = 0, Claimed = 0 });
        }

        if (_random.Chance(f.Replay))
        {
            byte[] old = _memory[(from, to)].Pick(_random);
            actions.Add(new(true, f.ReplayDelayMs + DelaySampler.Sample(f.Delay, _random), old, HistoryType.Replay));
        }

        return actions;
    }

    private NemesisAction Copy(LinkFaults f, int from, byte[] frame)
    {
        long delayMs = DelaySampler.Sample(f.Delay, _random);
        if (_random.Chance(f.Reorder))
        {
            delayMs += _random.NextInRange(0, (int)Math.Min(f.ReorderMs, int.MaxValue));
        }

        byte[] bytes = frame;
        HistoryType type = HistoryType.Deliver;
        int flips = 0;
        int sender = 0;
        if (_random.Chance(f.Corrupt))
        {
            bytes = (byte[])frame.Clone();
            flips = _random.NextInRange(1, 3);
            for (int i = 0; i < flips; i++)
            {
                int bit = (int)_random.NextBelow((uint)(bytes.Length * 8));
                bytes[bit / 8] ^= (byte)(1 << (bit % 8));
            }

            type = HistoryType.Corrupt;
        }

        if (_random.Chance(f.Spoof) && _scenario.Generals > 2)
        {
            bytes = bytes == frame ? (byte[])frame.Clone() : bytes;
            int claimed = _random.NextInRange(1, _scenario.Generals - 1);
            claimed = claimed >= from ? claimed + 1 : claimed;
            if (FrameCodec.TrySetSender(bytes, claimed))
            {
                type = HistoryType.Spoof;
                sender = claimed;
            }
        }

        return new(true, delayMs, bytes, type, "", type == HistoryType.Corrupt ? flips : 0, sender);
    }

    private void Remember(int from, int to, byte[] frame)
    {
        if (!_memory.TryGetValue((from, to), out ReplayMemory? memory))
        {
            memory = new ReplayMemory();
            _memory[(from, to)] = memory;
        }

        memory.Add(frame);
    }

    /// <summary>The last <see cref="ReplayMemoryMax"/> frames of one directed link, in a ring.</summary>
    private sealed class ReplayMemory
    {
        private readonly byte[][] _frames = new byte[ReplayMemoryMax][];
        private int _count;
        private int _next;

        public void Add(byte[] frame)
        {
            _frames[_next] = frame;
            _next = (_next + 1) % ReplayMemoryMax;
            _count = Math.Min(_count + 1, ReplayMemoryMax);
        }

        /// <summary>A uniformly chosen remembered frame (the oldest is at index 0 of the ring's order).</summary>
        public byte[] Pick(Prng random)
        {
            int oldest = _count < ReplayMemoryMax ? 0 : _next;
            return _frames[(oldest + (int)random.NextBelow((uint)_count)) % ReplayMemoryMax];
        }
    }
}
