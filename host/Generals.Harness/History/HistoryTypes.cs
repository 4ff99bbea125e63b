using Generals.Core.Node;
using static Generals.Harness.History.HistoryField;

namespace Generals.Harness.History;

/// <summary>
/// Every history type, in one table: its JSON name, who writes it, what it means and the fields it carries, in the order
/// history.jsonl writes them. The writer (<see cref="HistoryJson"/>), the schema (<see cref="HistorySchema"/>,
/// docs/history.schema.json) and docs/history.md follow this table; tests hold them to it.
/// </summary>
public static class HistoryTypes
{
    private const string World = "the world (sim: the simulator; emu: the emulated runner; lab: the lab world)";
    private const string Network = "the network (the harness routing a frame through the nemesis), in both worlds";
    private const string Telemetry = "the harness, from the general's authenticated telemetry";

    private static readonly HistoryField General = Integer("general", "the general that did or reported it", e => e.General);
    private static readonly HistoryField ReporterIncarnation = Integer("incarnation", "the reporting general's incarnation", e => e.Incarnation);

    private static readonly HistoryField[] Frame =
    [
        Integer("from", "the sender of the frame", e => e.From),
        Integer("to", "the receiver", e => e.To),
        Text("kind", "the frame's kind: data, ack, heartbeat, protocol, control or event", e => HistoryNames.Of(e.Kind)),
        Integer("incarnation", "the sender's incarnation stamped on the frame", e => e.Incarnation),
        Integer("seq", "the frame's sequence number", e => e.Sequence),
        Integer("instance", "the protocol instance stamped on the frame (0 outside protocols)", e => e.Instance),
        Integer("round", "the protocol round stamped on the frame", e => e.Round),
        Integer("hash", "FNV-1a of the whole frame: a reused stamp with other bytes shows", e => e.Hash),
        Text("payload", "what a protocol frame carries, in words (\"ATTACK path 1>3\"); empty for other kinds", e => e.Payload),
    ];

    private static readonly HistoryField Copy = Integer("delay_ms", "the delay the nemesis gave this copy", e => e.DelayMs);

    /// <summary>The table, in the order docs/history.md presents it.</summary>
    public static IReadOnlyList<HistoryTypeInfo> All { get; } =
    [
        Type(HistoryType.Start, World, "the scenario's clock starts: its at_ms, from_ms, until_ms and gst_ms count from this line's t "
            + "(sim: 0; emu: when every general has booted; lab: when every board is online)",
            Text("world", "sim, emu or lab", e => e.World), Text("detail", "how the world runs (emu: the broker's address)", e => e.Detail)),
        Type(HistoryType.Gst, World, "global stabilisation time: delays are bounded from here on (partially synchronous scenarios)"),
        Type(HistoryType.Heal, World, "the run's faults end (no partition, loss or corruption any more); the settle period begins"),
        Type(HistoryType.End, World, "the run ended: the last line of every history"),

        Type(HistoryType.Send, Network, "a general published a frame for this receiver (one line per receiver of a broadcast)", Frame),
        Type(HistoryType.Deliver, Network, "the frame reached the receiver's inbox", Frame),
        Type(HistoryType.Drop, Network, "the frame will never reach the receiver",
            [.. Frame, Text("reason", "loss, partition, receiver down, receiver backlog full", e => e.Reason)]),
        Type(HistoryType.Duplicate, Network, "the nemesis sent one more copy of the frame", [.. Frame, Copy]),
        Type(HistoryType.Corrupt, Network, "the nemesis flipped bits of this copy", [.. Frame, Copy, Integer("bits", "how many bits (1..3)", e => e.Bits)]),
        Type(HistoryType.Spoof, Network, "the nemesis rewrote this copy's sender",
            [.. Frame, Copy, Integer("claimed", "the sender the copy now claims", e => e.Claimed)]),
        Type(HistoryType.Replay, Network, "the nemesis sent an earlier frame of this link again (the fields are the frame that triggered it)", [.. Frame, Copy]),
        Type(HistoryType.MalformedFrame, Network, "a general's wire topic carried bytes that are no frame of its own: refused before routing",
            Integer("from", "the general whose wire topic it was", e => e.From), Text("reason", "what is wrong with it", e => e.Reason)),
        Type(HistoryType.TelemetryRefused, "the harness's telemetry gate, in both worlds",
            "a frame on a general's events or status topic was refused (never reaches the checkers)",
            General, Text("channel", "events or status", e => HistoryNames.Of(e.Channel)),
            Text("reason", "malformed, wrong-general, unauthenticated or replayed", e => e.Reason)),

        Type(HistoryType.Crash, World, "the general lost power (sim), was killed (emu) or its board's power was cut (lab)",
            General, Text("detail", "how (a power cut at a store write, kill -9, ...)", e => e.Detail),
            Integer("restart_after_ms", "when the harness powers it again; -1: never (crash-stop)", e => e.RestartAfterMs)),
        Type(HistoryType.Restart, World, "the general was powered again (it boots on what its store kept)", General),
        Type(HistoryType.Pause, World, "the general stops taking steps (frames queue for it)", General,
            Integer("duration_ms", "for how long; -1: until the instructor resumes it (an instructor's pause)", e => e.DurationMs)),
        Type(HistoryType.Resume, World, "the paused general steps again", General,
            Integer("backlog", "frames waiting for it (emu: frames delivered to it during the pause)", e => e.Backlog)),
        Type(HistoryType.PartitionStart, World, "a partition of the scenario starts cutting links", PartitionFields()),
        Type(HistoryType.PartitionEnd, World, "the partition stops cutting links (its until_ms, or the heal)", PartitionFields()),
        Type(HistoryType.BrokerDown, World, "the broker is down: every frame is lost (sim) or the embedded broker is stopped (emu)",
            Integer("duration_ms", "for how long", e => e.DurationMs),
            Text("detail", "empty, or what the harness could not do (an external broker keeps running)", e => e.Detail)),
        Type(HistoryType.BrokerUp, World, "the broker is back"),
        Type(HistoryType.BrokerConnected, "the emulated world, from the general's log, with several brokers (docs/broker.md)",
            "the general connected to a broker of its list: at boot and at every failover", General,
            Text("broker", "the broker's address, host:port", e => e.Detail),
            Integer("position", "its position in the general's list (from 1)", e => e.Value),
            Integer("failovers", "connections the general made on another broker than the one before, this one included", e => e.Code)),
        Type(HistoryType.Flush, "the simulator", "the general's store made writes durable", General,
            Integer("writes", "how many", e => e.Writes)),
        Type(HistoryType.Power, "the lab world", "the harness switched a board's power through its switch (nf.config's power): written before the crash or restart it causes",
            General, Text("action", "off or on", e => e.Action),
            Text("detail", "what the driver did: its command line (uhubctl -l 1-1 -p 2 -a off), or manual", e => e.Detail),
            Integer("code", "the driver's exit code (0: done); -1: it could not be run or did not finish", e => e.Code),
            Text("output", "what the driver printed, or what the harness asked a person to do", e => e.Output)),
        Type(HistoryType.Rogue, World, "a rogue client put bad inputs into the general's inbox and a forged command into its control topic", General,
            Integer("inputs", "how many inputs", e => e.Inputs)),
        Type(HistoryType.RogueTelemetry, World, "a rogue client with the general's broker password published forged and replayed frames on its events and status topics",
            General, Integer("frames", "how many frames", e => e.Frames)),
        Type(HistoryType.UnplannedFault, "the emulated runner and the lab world",
            "a process of the run exited without the harness asking, or a board lost power the harness did not cut: the run is judged unknown",
            Integer("general", "the general whose process or board it was; 0 for the broker (mosquitto)", e => e.General),
            Text("detail", "what exited, and how", e => e.Detail)),
        Type(HistoryType.Interrupted, "the emulated runner", "the harness got a signal before the run's end: the run is judged unknown",
            Text("detail", "which signal", e => e.Detail)),

        Type(HistoryType.TimingBreak, "the harness's timing-model check (Timing/TimingBreaks.cs), in every world",
            "the world broke the plan's timing model here (a loyal message missed its round, a loyal decision made in the last round came after the bound, "
            + "a restarted general came back after the plan needed it, a general's heartbeats stopped for over half its detector's slack): "
            + "a run that would be invalid with one is judged unknown",
            Integer("general", "the general it concerns", e => e.General),
            Integer("duration_ms", "how long the world ran it late, up to t (0: a moment): the break spans [t - duration_ms, t]", e => e.DurationMs),
            Text("detail", "what broke, in words", e => e.Detail)),
        Type(HistoryType.Instructor, "the live view (`generals serve`)",
            "an instructor pressed a button of the live view: the ground-truth line(s) of what the world did follow it, the same as for a planned fault",
            Integer("general", "the general it concerns; 0 for a partition or a heal", e => e.General),
            Text("action", "crash, restart, pause, resume, partition or heal", e => e.Action),
            Text("detail", "what was asked, in words (the partition's groups)", e => e.Detail)),

        Type(HistoryType.Control, World, "the harness sent the general a signed command; the command's own fields follow (see the commands below)",
            General, Text("command", "send-stream, start-instance, set-traitor, start-detector or report-counters", e => ControlFields.NameOf(e.Command!.Type))),

        Type(HistoryType.Boot, Telemetry, "the general booted", General, Integer("incarnation", "the incarnation it runs as from now on", e => e.Incarnation)),
        Type(HistoryType.AppSend, Telemetry, "the general's application handed a message to its link", General, ReporterIncarnation,
            Integer("to", "the receiver", e => e.To), Integer("message", "the message's id", e => e.Message),
            Integer("hash", "FNV-1a of the message payload", e => e.Hash)),
        Type(HistoryType.AppDeliver, Telemetry, "the general's link delivered a message to its application", General, ReporterIncarnation,
            Integer("from", "the sender", e => e.From), Integer("message", "the message's id", e => e.Message),
            Integer("hash", "FNV-1a of the message payload as delivered", e => e.Hash),
            Integer("delivery", "the receiver's delivery number: the same when the report is repeated after a reboot", e => e.DeliveryIndex),
            Integer("sender_incarnation", "the sender's incarnation stamped on the message", e => e.SenderIncarnation)),
        Type(HistoryType.AppAck, Telemetry, "the general's reliable link got the acknowledgement of a message", General, ReporterIncarnation,
            Integer("to", "the receiver that acknowledged", e => e.To), Integer("message", "the message's id", e => e.Message)),
        Type(HistoryType.Decide, Telemetry, "the general decided (the decision was durable before the report)", General, ReporterIncarnation,
            Integer("protocol", "1 Two Generals, 2 OM(m), 3 SM(m)", e => e.Protocol), Integer("instance", "the instance", e => e.Instance),
            Integer("value", "the decision: 0 RETREAT, 1 ATTACK", e => e.Value), Integer("round", "the round that closed it", e => e.Round)),
        Type(HistoryType.ProtocolSend, Telemetry, "the general sent a protocol message", General, ReporterIncarnation,
            Integer("protocol", "1 Two Generals, 2 OM(m), 3 SM(m)", e => e.Protocol), Integer("instance", "the instance", e => e.Instance),
            Integer("round", "the round", e => e.Round), Integer("to", "the receiver (the broadcast id: every peer)", e => e.To)),
        Type(HistoryType.Suspect, Telemetry + " (general 0: the harness's own monitor)", "the general's failure detector began to suspect the peer",
            SuspicionFields()),
        Type(HistoryType.Trust, Telemetry + " (general 0: the harness's own monitor)", "the general's failure detector trusts the peer again",
            SuspicionFields()),
        Type(HistoryType.Reject, Telemetry, "the general rejected an input and counted it", General, ReporterIncarnation,
            Text("reason", "why: malformed-frame, not-for-us, unsigned, bad-signature, replayed, bad-control, stale-incarnation, protocol-violation, queue-full",
                e => HistoryNames.Of(e.Rejection)),
            Integer("from", "who sent the input (0: the harness; -1: unknown, the bytes did not decode)", e => e.From),
            Integer("code", "what exactly, per reason: a frame rejection, a signature check, a protocol violation, a command type, a sequence number", e => e.Code),
            Integer("instance", "the instance of a rejected protocol message; 0 otherwise", e => e.Instance)),
        Type(HistoryType.KeyExhausted, Telemetry, "the general's signing key is exhausted or nearly", General, ReporterIncarnation,
            Integer("remaining", "signatures the key can still make", e => Report<KeyExhaustedEvent>(e).RemainingSignatures)),
        Type(HistoryType.SelfTest, Telemetry, "a cost the general measured at boot", General, ReporterIncarnation,
            Text("item", "sha256, sign or verify", e => HistoryNames.Of(Report<SelfTestEvent>(e).Item)),
            Integer("microseconds", "how long it took", e => Report<SelfTestEvent>(e).Microseconds),
            Integer("count", "operations that succeeded in that time", e => Report<SelfTestEvent>(e).Count)),
        Type(HistoryType.BootFailed, Telemetry, "the general refused its stored state and stays silent (incarnation 0): the run is judged unknown",
            General, ReporterIncarnation,
            Text("failure", "damaged-record, unsupported-record, missing-incarnation or incarnation-exhausted", e => HistoryNames.Of(Report<BootFailedEvent>(e).Failure)),
            Text("record", "the record that failed it", e => Report<BootFailedEvent>(e).Record)),
        Type(HistoryType.SignFailed, Telemetry, "the general's key could not sign, for a reason other than exhaustion", General, ReporterIncarnation,
            Text("error", "why (key-damaged, tree-damaged, mark-damaged, no-key, reservation-failed)", e => HistoryNames.Of(Report<SignFailedEvent>(e).Error)),
            Integer("remaining", "signatures the key could still make", e => Report<SignFailedEvent>(e).RemainingSignatures)),
        Type(HistoryType.CounterExhausted, Telemetry, "a per-incarnation counter of the general reached its maximum and is not wrapped", General, ReporterIncarnation,
            Text("counter", "frame-sequence or telemetry-sequence", e => HistoryNames.Of(Report<CounterExhaustedEvent>(e).Counter))),
        Type(HistoryType.BoardBooted, Telemetry, "what the general's board said about itself at boot", General, ReporterIncarnation,
            Text("firmware", "the firmware version, major.minor.patch", e => FirmwareVersion(Report<BoardBootedEvent>(e).FirmwareVersion)),
            Integer("boot_count", "boots of the board so far", e => Report<BoardBootedEvent>(e).BootCount),
            Text("reset_cause", "unknown, power-on, software or deep-sleep-wake", e => HistoryNames.Of(Report<BoardBootedEvent>(e).ResetCause)),
            Integer("free_memory_bytes", "free managed memory at boot; -1: unknown", e => Report<BoardBootedEvent>(e).FreeMemoryBytes),
            Text("self_test", "not-run, passed or failed", e => HistoryNames.Of(Report<BoardBootedEvent>(e).SelfTest)),
            Integer("signatures_left", "signatures the general's key can still make; -1: a stateless key", e => Report<BoardBootedEvent>(e).SignaturesLeft)),
    ];

    /// <summary>
    /// Types no scenario plans: a run whose history holds one is judged unknown, with the first one as the reason, whatever
    /// its checks say (RunOutcome.Verdict applies this rule, and only there).
    /// </summary>
    public static IReadOnlySet<HistoryType> Unplanned { get; } = new HashSet<HistoryType> { HistoryType.UnplannedFault, HistoryType.Interrupted, HistoryType.BootFailed };

    private static readonly Dictionary<HistoryType, HistoryTypeInfo> ByType = All.ToDictionary(t => t.Type);

    /// <summary>True for the types a general reports in its telemetry (boot .. board-booted); the harness writes every other.</summary>
    public static bool IsTelemetry(HistoryType type) => type >= HistoryType.Boot;

    /// <summary>The table's entry for <paramref name="type"/>.</summary>
    public static HistoryTypeInfo Of(HistoryType type) => ByType[type];

    /// <summary>The JSON name of <paramref name="type"/> ("partition-start").</summary>
    public static string NameOf(HistoryType type) => ByType[type].Name;

    /// <summary>
    /// The generals a line concerns (whose log in the run folder holds it): the `general` of a line that has one, else both
    /// ends of a frame; the harness (0) and broadcast (<see cref="Core.Wire.FrameLimits.Broadcast"/>) are no general.
    /// </summary>
    public static IEnumerable<int> GeneralsOf(HistoryEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        HistoryTypeInfo info = Of(e.Type);
        int[] ids = info.HasGeneral ? [e.General]
            : info.Fields.Any(f => f.Name == "to") ? [e.From, e.To]
            : info.Fields.Any(f => f.Name == "from") ? [e.From]
            : [];
        return ids.Where(id => id is >= 1 and <= Core.Wire.FrameLimits.GeneralIdMax).Distinct();
    }

    /// <summary>"general=3 incarnation=0 failure=damaged-record record=incarnation": a line's fields in words, for a reason or a witness.</summary>
    public static string FieldsText(HistoryEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        IEnumerable<HistoryField> fields = Of(e.Type).Fields.Concat(e.Type == HistoryType.Control && e.Command != null ? ControlFields.FieldsOf(e.Command.Type) : []);
        return string.Join(' ', fields.Select(f => $"{f.Name}={f.TextOf(e)}"));
    }

    private static HistoryTypeInfo Type(HistoryType type, string writtenBy, string meaning, params HistoryField[] fields) =>
        new(type, HistoryNames.Of(type), writtenBy, meaning, fields);

    private static HistoryField[] PartitionFields() =>
    [
        Integer("partition", "its position in the scenario's partitions list (from 0); an instructor's partitions are numbered after the scenario's", e => e.Partition),
        IdGroups("groups", "symmetric: the groups that cannot reach each other; one-way: the senders, then the receivers", e => e.Groups),
        Flag("one_way", "true when only frames from the first group to the second are cut", e => e.OneWay),
    ];

    private static HistoryField[] SuspicionFields() =>
    [
        General,
        Integer("incarnation", "the monitoring general's incarnation (0 for the harness's monitor)", e => e.Incarnation),
        Integer("peer", "the general it is about", e => e.Peer),
        Integer("peer_incarnation", "that general's incarnation as the monitor knows it", e => e.PeerIncarnation),
    ];

    private static T Report<T>(HistoryEvent e)
        where T : TelemetryEvent => (T)e.Report!;

    // major.minor.patch of a version packed by Core's BootReport.Version.
    private static string FirmwareVersion(long packed) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(packed >> 16) & 0xFF}.{(packed >> 8) & 0xFF}.{packed & 0xFF}");
}
