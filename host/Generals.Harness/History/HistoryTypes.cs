namespace Generals.Harness.History;

/// <summary>The event types of a history. Network and fault events come from the harness; the rest from node telemetry.</summary>
public static class HistoryTypes
{
    // The network, as the nemesis saw it.
    public const string Send = "send";               // Node sent a frame to Peer (Peer 255: broadcast)
    public const string Deliver = "deliver";         // the frame reached Peer's inbox
    public const string Drop = "drop";               // the nemesis dropped it (Detail says why)
    public const string Duplicate = "duplicate";     // the nemesis sent a copy
    public const string Corrupt = "corrupt";         // the nemesis flipped bits
    public const string Spoof = "spoof";             // the nemesis rewrote the sender
    public const string Replay = "replay";           // the nemesis sent an old frame again
    public const string Delay = "delay";             // the nemesis held the frame (Value: ms)

    // Faults and ground truth.
    public const string Crash = "crash";             // Node lost power / was killed (Detail: stop or recovery)
    public const string Restart = "restart";         // Node was powered again
    public const string Pause = "pause";             // Node stopped taking steps
    public const string Resume = "resume";           // Node steps again
    public const string PartitionStart = "partition-start";
    public const string PartitionEnd = "partition-end";
    public const string Gst = "gst";                 // global stabilisation time: delays bounded from here on
    public const string Flush = "flush";             // Node's store made Value writes durable
    public const string Rogue = "rogue";             // a rogue client put Value bad inputs into Node's inbox and control topic
    public const string RogueTelemetry = "rogue-telemetry"; // a rogue client with Node's broker password published Value forged or replayed frames on its events and status topics
    public const string Heal = "heal";               // the run's faults ended; the settle period began
    public const string End = "end";                 // the run ended (the last event of every history)
    public const string UnplannedFault = "unplanned-fault"; // a process of the run exited without the harness asking (Node: the general, -1 the broker; Detail: how)
    public const string Interrupted = "interrupted"; // the harness was stopped by a signal before the run's end (Detail: which)

    // From node telemetry.
    public const string Boot = "boot";               // Node booted with Incarnation
    public const string AppSend = "app-send";        // Node's application sent message (Peer, Incarnation, Sequence, Value=hash)
    public const string AppDeliver = "app-deliver";  // Node's application received (Peer=from, Incarnation, Sequence, Value=hash, Extra=delivery index)
    public const string AppAck = "app-ack";          // Node's link got the ack of (Peer, Incarnation, Sequence)
    public const string Decide = "decide";           // Node decided Value in Instance (Extra: protocol id, Round)
    public const string ProtocolSend = "protocol-send"; // Node sent a protocol message (Instance, Round, Peer, Extra: protocol)
    public const string Suspect = "suspect";         // Node suspects Peer (Incarnation: the peer's, as Node knows it)
    public const string Trust = "trust";             // Node trusts Peer again
    public const string Reject = "reject";           // Node rejected an input (Value: RejectReason, Peer: from, Detail)
    public const string KeyExhausted = "key-exhausted";
    public const string SelfTest = "self-test";
    public const string BootFailed = "boot-failed";  // Node refused its stored state and is silent (Value: BootFailure, Detail: what and which record)
    public const string SignFailed = "sign-failed";  // Node's key cannot sign (Value: SignError, Extra: remaining signatures, Detail: the error)
    public const string BoardBooted = "board-booted"; // what Node's board said at boot (Value: free memory bytes, Extra: boot count, Sequence: signatures left, Detail: firmware version, reset cause, self-test)
    public const string CounterExhausted = "counter-exhausted"; // a per-incarnation counter of Node reached its maximum (Value: ExhaustedCounter, Detail: which)
    public const string Control = "control";         // the harness sent Node a command (Detail: what)

    /// <summary>
    /// Events no scenario planned: a run whose history holds one is judged unknown, with the first one as the
    /// reason, whatever its checks say (RunOutcome.Verdict applies this rule, and only there).
    /// </summary>
    public static readonly IReadOnlySet<string> Unplanned = new HashSet<string>(StringComparer.Ordinal) { UnplannedFault, Interrupted, BootFailed };
}
