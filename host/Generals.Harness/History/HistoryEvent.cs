using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Harness.History;

/// <summary>
/// One line of history.jsonl: something that happened at harness time <see cref="TimeMs"/>. The history is the single
/// source for every checker and every picture. Each <see cref="HistoryType"/> carries the fields
/// <see cref="HistoryTypes"/> lists for it, and history.jsonl writes exactly those, zeros included; the other
/// properties keep their defaults and are never written. Who is who is explicit: <see cref="General"/> is the general
/// that did or reported something, <see cref="Peer"/> the general it is about (a suspected one), <see cref="From"/> and
/// <see cref="To"/> the two ends of a frame or message.
/// </summary>
public sealed record HistoryEvent
{
    // The fields few types carry live apart, shared by the copies `with` makes and replaced (never changed) when one is
    // set: a simulator keeps millions of send, deliver, app-send, app-deliver and flush lines, which need none of them.
    private HistoryEventRare _rare = HistoryEventRare.None;

    /// <summary>Harness time in milliseconds since the run started (virtual in sim, wall clock in emu), never negative.</summary>
    public required long TimeMs { get; init; }

    /// <summary>What happened.</summary>
    public required HistoryType Type { get; init; }

    /// <summary>The general that did or reported it (0: the harness's own monitor; for an unplanned fault, a process that is not a general).</summary>
    public int General { get; init; }

    /// <summary>The reporting general's incarnation (telemetry), or the sender's as stamped on a frame (network).</summary>
    public long Incarnation { get; init; }

    /// <summary>The sender: of a frame (network), of a message delivered (app-deliver), of a rejected input (reject; -1 unknown).</summary>
    public int From { get; init; }

    /// <summary>The receiver: of a frame (network; <see cref="Core.Wire.FrameLimits.Broadcast"/> for every peer), of a message sent or acknowledged, of a protocol message.</summary>
    public int To { get; init; }

    /// <summary>The general a suspicion or trust is about.</summary>
    public int Peer
    {
        get => _rare.Peer;
        init => _rare = value == _rare.Peer ? _rare : _rare with { Peer = value };
    }

    /// <summary>The peer's incarnation as the reporting general knows it (suspect, trust).</summary>
    public long PeerIncarnation
    {
        get => _rare.PeerIncarnation;
        init => _rare = value == _rare.PeerIncarnation ? _rare : _rare with { PeerIncarnation = value };
    }

    /// <summary>The frame's kind (network events).</summary>
    public FrameKind Kind { get; init; }

    /// <summary>The frame's sequence number (network events).</summary>
    public long Sequence { get; init; }

    /// <summary>A protocol instance (network events, decide, reject, protocol-send).</summary>
    public long Instance { get; init; }

    /// <summary>A protocol round (network events, decide, protocol-send).</summary>
    public int Round { get; init; }

    /// <summary>FNV-1a: of the whole frame (network events), of the message payload (app-send, app-deliver).</summary>
    public long Hash { get; init; }

    /// <summary>What a Protocol frame carries, in words ("ATTACK path 1>3"); empty for other kinds.</summary>
    public string Payload { get; init; } = "";

    /// <summary>Why a frame was dropped ("loss", "partition", "receiver down"...), refused or found malformed.</summary>
    public string Reason { get; init; } = "";

    /// <summary>The delay the nemesis gave a copy it duplicated, corrupted, spoofed or replayed.</summary>
    public long DelayMs
    {
        get => _rare.DelayMs;
        init => _rare = value == _rare.DelayMs ? _rare : _rare with { DelayMs = value };
    }

    /// <summary>Bits the nemesis flipped (corrupt).</summary>
    public int Bits
    {
        get => _rare.Bits;
        init => _rare = value == _rare.Bits ? _rare : _rare with { Bits = value };
    }

    /// <summary>The sender the nemesis wrote into a spoofed copy.</summary>
    public int Claimed
    {
        get => _rare.Claimed;
        init => _rare = value == _rare.Claimed ? _rare : _rare with { Claimed = value };
    }

    /// <summary>Free text where the fields do not say it all: how a general crashed, what a process said when it exited.</summary>
    public string Detail
    {
        get => _rare.Detail;
        init => _rare = value == _rare.Detail ? _rare : _rare with { Detail = value };
    }

    /// <summary>What the harness did to a board's power (power): "off" or "on".</summary>
    public string Action { get; init; } = "";

    /// <summary>What a power switch's driver said (power): its command's output, or what the harness asked a person to do.</summary>
    public string Output { get; init; } = "";

    /// <summary>When the harness powers a crashed general again; -1 when it never does (crash-stop).</summary>
    public long RestartAfterMs
    {
        get => _rare.RestartAfterMs;
        init => _rare = value == _rare.RestartAfterMs ? _rare : _rare with { RestartAfterMs = value };
    }

    /// <summary>How long a pause or a broker outage is planned to last.</summary>
    public long DurationMs
    {
        get => _rare.DurationMs;
        init => _rare = value == _rare.DurationMs ? _rare : _rare with { DurationMs = value };
    }

    /// <summary>Frames waiting for a paused general when it resumed.</summary>
    public long Backlog
    {
        get => _rare.Backlog;
        init => _rare = value == _rare.Backlog ? _rare : _rare with { Backlog = value };
    }

    /// <summary>Store writes a flush made durable.</summary>
    public long Writes { get; init; }

    /// <summary>Bad inputs a rogue client put into a general's inbox and control topic.</summary>
    public long Inputs
    {
        get => _rare.Inputs;
        init => _rare = value == _rare.Inputs ? _rare : _rare with { Inputs = value };
    }

    /// <summary>Frames a rogue client published on a general's events and status topics.</summary>
    public long Frames
    {
        get => _rare.Frames;
        init => _rare = value == _rare.Frames ? _rare : _rare with { Frames = value };
    }

    /// <summary>The partition's position in the scenario's `partitions` list.</summary>
    public int Partition
    {
        get => _rare.Partition;
        init => _rare = value == _rare.Partition ? _rare : _rare with { Partition = value };
    }

    /// <summary>The partition's groups; for a one-way partition, the senders then the receivers.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Groups
    {
        get => _rare.Groups;
        init => _rare = value == _rare.Groups ? _rare : _rare with { Groups = value };
    }

    /// <summary>True for a one-way partition (frames from Groups[0] to Groups[1] are lost).</summary>
    public bool OneWay
    {
        get => _rare.OneWay;
        init => _rare = value == _rare.OneWay ? _rare : _rare with { OneWay = value };
    }

    /// <summary>The world the run happens in: "sim" or "emu".</summary>
    public string World
    {
        get => _rare.World;
        init => _rare = value == _rare.World ? _rare : _rare with { World = value };
    }

    /// <summary>The observation topic a refused telemetry frame came on.</summary>
    public TelemetryChannel Channel
    {
        get => _rare.Channel;
        init => _rare = value == _rare.Channel ? _rare : _rare with { Channel = value };
    }

    /// <summary>The command the harness sent (control), with its typed fields.</summary>
    public ControlCommand? Command
    {
        get => _rare.Command;
        init => _rare = value == _rare.Command ? _rare : _rare with { Command = value };
    }

    /// <summary>The typed event of the reports whose fields only pictures read (key-exhausted, self-test, boot-failed, sign-failed, counter-exhausted, board-booted).</summary>
    public TelemetryEvent? Report
    {
        get => _rare.Report;
        init => _rare = value == _rare.Report ? _rare : _rare with { Report = value };
    }

    /// <summary>An application message's id (app-send, app-deliver, app-ack).</summary>
    public long Message { get; init; }

    /// <summary>The receiver's delivery number of a message (app-deliver): the same in a report repeated after a reboot.</summary>
    public long DeliveryIndex { get; init; }

    /// <summary>The sender's incarnation stamped on a delivered message (app-deliver).</summary>
    public long SenderIncarnation { get; init; }

    /// <summary>The protocol (decide, protocol-send): 1 Two Generals, 2 OM, 3 SM.</summary>
    public int Protocol
    {
        get => _rare.Protocol;
        init => _rare = value == _rare.Protocol ? _rare : _rare with { Protocol = value };
    }

    /// <summary>The decision (decide): 0 RETREAT, 1 ATTACK.</summary>
    public long Value
    {
        get => _rare.Value;
        init => _rare = value == _rare.Value ? _rare : _rare with { Value = value };
    }

    /// <summary>Why a general rejected an input (reject).</summary>
    public RejectReason Rejection
    {
        get => _rare.Rejection;
        init => _rare = value == _rare.Rejection ? _rare : _rare with { Rejection = value };
    }

    /// <summary>What exactly a general rejected, per reason (reject): a frame rejection, a signature check, a protocol violation.</summary>
    public long Code
    {
        get => _rare.Code;
        init => _rare = value == _rare.Code ? _rare : _rare with { Code = value };
    }
}
