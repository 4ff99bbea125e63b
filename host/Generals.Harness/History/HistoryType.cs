namespace Generals.Harness.History;

/// <summary>
/// What a line of history.jsonl records. <see cref="HistoryTypes"/> is the one table that names each type in the JSON,
/// says who writes it and lists the fields it carries (docs/history.md and docs/history.schema.json follow it).
/// </summary>
public enum HistoryType
{
    // The run.
    Start,
    Gst,
    Heal,
    End,

    // The network, as the nemesis saw it.
    Send,
    Deliver,
    Drop,
    Duplicate,
    Corrupt,
    Spoof,
    Replay,
    MalformedFrame,
    TelemetryRefused,

    // Faults, as ground truth: each written when it starts and when it ends.
    Crash,
    Restart,
    Pause,
    Resume,
    PartitionStart,
    PartitionEnd,
    BrokerDown,
    BrokerUp,
    BrokerConnected,
    Flush,
    Power,
    Rogue,
    RogueTelemetry,
    UnplannedFault,
    Interrupted,
    TimingBreak,
    Instructor,

    // The harness's commands.
    Control,

    // What the generals reported (their telemetry, authenticated). Kept last, Boot first: HistoryTypes.IsTelemetry relies on it.
    Boot,
    AppSend,
    AppDeliver,
    AppAck,
    Decide,
    ProtocolSend,
    Suspect,
    Trust,
    Reject,
    KeyExhausted,
    SelfTest,
    BootFailed,
    SignFailed,
    CounterExhausted,
    BoardBooted,
}
