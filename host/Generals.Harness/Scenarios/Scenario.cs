using Generals.Core.Node;
using Generals.Harness.Checkers;
using Generals.Harness.Plan;
using YamlDotNet.Serialization;

namespace Generals.Harness.Scenarios;

/// <summary>
/// A scenario as written in YAML (docs/scenarios.md): the generals, their link stack, the network and timing
/// model, the fault schedule, the workload, the checks, and the verdict the scenario expects. Every spelled choice is
/// an enum, read by <see cref="ScenarioLoader"/> through <see cref="PlanNames"/>, so nothing downstream sees a spelling.
/// </summary>
public sealed class Scenario
{
    public string Name { get; set; } = "";

    /// <summary>The kit name the generals use in frames and topics (1..16 of [a-z0-9-]).</summary>
    public string Kit { get; set; } = "lab";

    public string Description { get; set; } = "";

    /// <summary>One line for the demo table: what the run shows a student.</summary>
    public string Demonstrates { get; set; } = "";

    /// <summary>valid, invalid or unknown: a demonstration of an impossibility expects invalid.</summary>
    [YamlMember(DefaultValuesHandling = DefaultValuesHandling.Preserve)]
    public Verdict Expected { get; set; } = Verdict.Valid;

    /// <summary>False for scenarios that only make sense in the simulator (a sweep of many runs): an emulated demo
    /// runs them simulated.</summary>
    public bool Emulated { get; set; } = true;

    /// <summary>The seed when none is given on the command line.</summary>
    public ulong? Seed { get; set; }

    /// <summary>Virtual (sim) or wall-clock (emu) length of the run.</summary>
    public long DurationMs { get; set; } = 10_000;

    /// <summary>
    /// After <see cref="DurationMs"/>, the network heals (no faults, only delay) and no new fault or command
    /// comes for this long, so that what correct generals still owe each other can arrive before the checks.
    /// </summary>
    public long SettleMs { get; set; } = 5_000;

    /// <summary>Number of generals; their ids are 1..Generals.</summary>
    public int Generals { get; set; } = 2;

    /// <summary>
    /// The kit's brokers: 1, or 2 for a redundant pair (emu: two mosquittos bridged both ways, the generals listing both and
    /// failing over, and a `broker-restart` kills the first of the pair instead of cutting the network; sim: failover is
    /// instantaneous, so a broker outage cuts nothing). docs/broker.md, docs/worlds.md.
    /// </summary>
    public int Brokers { get; set; } = 1;

    /// <summary>
    /// The hosts an emulated run spreads its generals over: 1 (every process on this machine's loopback), or N network
    /// namespaces, each with its own mosquitto, the brokers bridged in a chain, generals assigned round-robin (docs/hosts.md).
    /// The simulator and a lab have no hosts to place processes on: sim ignores it, a lab refuses it.
    /// </summary>
    public int Hosts { get; set; } = 1;

    public LinkStackSpec Link { get; set; } = new();

    /// <summary>ideal (sim), lms or ed25519.</summary>
    [YamlMember(DefaultValuesHandling = DefaultValuesHandling.Preserve)]
    public SignatureChoice Signature { get; set; } = SignatureChoice.Ideal;

    /// <summary>
    /// The LMS parameter set when <see cref="Signature"/> is lms: H10/W4 (the kit's default, 1024 signatures per key) or
    /// H5/W4 (32 signatures; its keys are made some 30 times faster, for quick simulations).
    /// </summary>
    public string Lms { get; set; } = "H10/W4";

    /// <summary>Fault knobs for every directed link (overridden by <see cref="Links"/>).</summary>
    public NetworkSpec Network { get; set; } = new();

    public List<LinkRuleSpec> Links { get; set; } = [];

    public List<PartitionSpec> Partitions { get; set; } = [];

    public TimingSpec Timing { get; set; } = new();

    public List<FaultSpec> Faults { get; set; } = [];

    public List<WorkloadSpec> Workload { get; set; } = [];

    /// <summary>Checker names (docs/scenarios.md lists them).</summary>
    public List<string> Checks { get; set; } = [];

    /// <summary>Checks that are run and reported but do not count in the verdict (shown for teaching).</summary>
    public List<string> Informative { get; set; } = [];

    /// <summary>Parameters per check, such as <c>strong-completeness: { margin_ms: 2000 }</c>.</summary>
    public Dictionary<string, Dictionary<string, double>> CheckSettings { get; set; } = [];

    /// <summary>A Two Generals experiment: many short runs over strategies, loss rates and messengers (docs/scenarios.md).</summary>
    public TwoGeneralsSweepSpec? Sweep { get; set; }
}

/// <summary>
/// The Two Generals sweep: for every strategy, loss rate and number of messengers, <see cref="RunsPerCell"/>
/// instances between generals 1 (A) and 2 (B) over the raw link, with the scenario's delay and no other fault.
/// </summary>
public sealed class TwoGeneralsSweepSpec
{
    public List<TwoGeneralsStrategySpec> Strategies { get; set; } = [];

    /// <summary>Loss rates in percent, 0..100.</summary>
    public List<int> LossPercent { get; set; } = [];

    /// <summary>Messenger counts; a strategy needing k acknowledgements is swept only from k messengers up.</summary>
    public List<int> Messengers { get; set; } = [];

    public int RunsPerCell { get; set; } = 20;

    /// <summary>A sends messenger i at start + i * retry_ms; both decide at start + (messengers + 1) * retry_ms.</summary>
    public int RetryMs { get; set; } = 100;

    public int StartDelayMs { get; set; } = 10;
}

/// <summary>A Two Generals strategy: A attacks after sending every messenger (acks 0) or only once it holds this many acknowledgements.</summary>
public sealed class TwoGeneralsStrategySpec
{
    public string Name { get; set; } = "";

    public int Acks { get; set; }
}

/// <summary>Which link layers the generals run.</summary>
public sealed class LinkStackSpec
{
    /// <summary>Retransmit, acknowledge and deduplicate Data messages.</summary>
    public bool Reliable { get; set; }

    /// <summary>Sign every frame and refuse forged, altered or replayed ones.</summary>
    public bool Authenticated { get; set; }

    /// <summary>Durable send (needs <see cref="Reliable"/>): each message is in the sender's store before it first leaves
    /// and is retransmitted after a restart, so a power cut forgets no message whose send returned.</summary>
    public bool Durable { get; set; }

    public int RetransmitInitialMs { get; set; } = 100;

    public int RetransmitMaxMs { get; set; } = 2000;
}

/// <summary>Fault knobs of a directed link; a null knob is inherited.</summary>
public class NetworkSpec
{
    public DelaySpec? Delay { get; set; }

    /// <summary>Probability that a frame is lost.</summary>
    public double? Loss { get; set; }

    /// <summary>Probability that a frame is delivered twice.</summary>
    public double? Duplicate { get; set; }

    /// <summary>Probability that a frame gets an extra delay of up to <see cref="ReorderMs"/> (reordering it).</summary>
    public double? Reorder { get; set; }

    public long? ReorderMs { get; set; }

    /// <summary>Probability that 1 to 3 bits of a frame are flipped.</summary>
    public double? Corrupt { get; set; }

    /// <summary>Probability that a frame's sender byte is rewritten to another general.</summary>
    public double? Spoof { get; set; }

    /// <summary>Probability that an earlier frame of the same link is sent again.</summary>
    public double? Replay { get; set; }

    public long? ReplayDelayMs { get; set; }
}

/// <summary>A per-link override, optionally limited to a time window. from/to null means any.</summary>
public sealed class LinkRuleSpec : NetworkSpec
{
    public int? From { get; set; }

    public int? To { get; set; }

    public long FromMs { get; set; }

    public long UntilMs { get; set; } = long.MaxValue;
}

/// <summary>A message delay distribution, in milliseconds, clamped to [MinMs, MaxMs].</summary>
public sealed class DelaySpec
{
    /// <summary>constant, uniform, exponential, normal or pareto.</summary>
    [YamlMember(DefaultValuesHandling = DefaultValuesHandling.Preserve)]
    public DelayDistributionKind Distribution { get; set; } = DelayDistributionKind.Constant;

    /// <summary>The constant, or the mean (exponential, normal).</summary>
    public double Ms { get; set; } = 10;

    public double MinMs { get; set; }

    public double MaxMs { get; set; } = double.PositiveInfinity;

    /// <summary>Standard deviation of the normal distribution.</summary>
    public double StdMs { get; set; } = 5;

    /// <summary>Shape (alpha) of the Pareto distribution; scale is MinMs.</summary>
    public double Shape { get; set; } = 1.5;
}

/// <summary>A partition during a time window: symmetric between groups, or one-way from -> to.</summary>
public sealed class PartitionSpec
{
    /// <summary>Symmetric: generals in different groups cannot reach each other.</summary>
    public List<List<int>> Groups { get; set; } = [];

    /// <summary>One-way: frames from these generals ...</summary>
    public List<int> From { get; set; } = [];

    /// <summary>... to these generals are lost.</summary>
    public List<int> To { get; set; } = [];

    public long FromMs { get; set; }

    public long UntilMs { get; set; } = long.MaxValue;
}

/// <summary>The timing model: synchronous (network delays bounded), partially synchronous, or asynchronous.</summary>
public sealed class TimingSpec
{
    /// <summary>synchronous, partially-synchronous or asynchronous.</summary>
    [YamlMember(DefaultValuesHandling = DefaultValuesHandling.Preserve)]
    public TimingModel Model { get; set; } = TimingModel.Synchronous;

    /// <summary>Global stabilisation time (partially synchronous): from then on the network delay applies.</summary>
    public long GstMs { get; set; }

    /// <summary>The delay before GST (partially synchronous) or always (asynchronous).</summary>
    public DelaySpec? Unstable { get; set; }
}

/// <summary>A node fault: crash-stop, crash-recovery, pause, a power cut at a random store write, or (node 0) a broker restart.</summary>
public sealed class FaultSpec
{
    public int Node { get; set; }

    /// <summary>crash-stop, crash-recovery, pause, power-cut-at-write, broker-restart (the broker is down for duration_ms),
    /// rogue (garbage, truncated and oversize frames and a forged control command into node's inbox; node 0: every general),
    /// or rogue-telemetry (forged and replayed frames on node's events and status topics, from a client with its broker password).</summary>
    [YamlMember(DefaultValuesHandling = DefaultValuesHandling.Preserve)]
    public FaultKind Kind { get; set; } = FaultKind.CrashStop;

    public long AtMs { get; set; }

    /// <summary>crash-recovery and power-cut-at-write: power returns after this long.</summary>
    public long RestartAfterMs { get; set; } = 1000;

    /// <summary>pause: how long the general takes no steps; broker-restart: how long the broker is down.</summary>
    public long DurationMs { get; set; } = 1000;

    /// <summary>power-cut-at-write: the cut lands on one of the next this many store writes (chosen by the seed).</summary>
    public int WithinWrites { get; set; } = 20;

    /// <summary>power-cut-at-write: if the general has not written that much by then, the power is cut anyway.</summary>
    public long DeadlineMs { get; set; } = 2000;

    /// <summary>rogue, rogue-telemetry: how many frames of each bad sort go to each target.</summary>
    public int Count { get; set; } = 5;
}

/// <summary>A harness command at a time: to one general (node) or all (node 0).</summary>
public sealed class WorkloadSpec
{
    public long AtMs { get; set; }

    public int Node { get; set; }

    /// <summary>send-stream, start-instance, set-traitor, start-detector, report-counters, or a ControlType number; 0 when the entry names none.</summary>
    public ControlType Command { get; set; }

    public int To { get; set; }

    public long Count { get; set; }

    public long IntervalMs { get; set; }

    public long FirstId { get; set; }

    /// <summary>Raw arguments for commands without named fields.</summary>
    public List<long> Args { get; set; } = [];

    /// <summary>Sent again each time the general restarts (roles, detectors).</summary>
    public bool Standing { get; set; }
}
