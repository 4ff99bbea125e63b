namespace Generals.Core.Node
{
    /// <summary>Telemetry event types and the meaning of their values. Numbers are on the wire: never renumber.</summary>
    public enum TelemetryType
    {
        /// <summary>Booted: [incarnation].</summary>
        Booted = 1,

        /// <summary>The application handed a Data message to the link: [to, messageId, contentHash].</summary>
        AppSent = 2,

        /// <summary>The link delivered a Data message to the application: [from, messageId, contentHash, deliveryIndex, senderIncarnation].
        /// A report repeated after a reboot carries the same delivery index.</summary>
        AppDelivered = 3,

        /// <summary>The reliable link got the acknowledgement of a message: [to, messageId].</summary>
        AppAcked = 4,

        /// <summary>A protocol decided (persisted before this report): [protocol, instance, value, round].</summary>
        Decided = 5,

        /// <summary>The detector began to suspect a peer: [peer, peerIncarnation].</summary>
        Suspect = 6,

        /// <summary>The detector trusts a peer again: [peer, peerIncarnation].</summary>
        Trust = 7,

        /// <summary>An input was rejected and counted: [reason (RejectReason), from, detail], and for a protocol message the instance.</summary>
        Rejected = 8,

        /// <summary>A signing key is exhausted or near exhaustion: [remainingSignatures].</summary>
        KeyExhausted = 9,

        /// <summary>A protocol message was sent: [protocol, instance, round, to].</summary>
        ProtocolSent = 10,

        /// <summary>A measured cost at boot (self-test): [what, microseconds, count].</summary>
        SelfTest = 11,

        /// <summary>The General refuses to run on its stored state and stays silent: [failure (BootFailure), record name
        /// as <see cref="PackedText"/> in the remaining values]. Its frame carries incarnation 0.</summary>
        BootFailed = 12,

        /// <summary>A signature could not be made for a reason other than exhaustion, reported once per reason:
        /// [error (Crypto.SignError), remainingSignatures].</summary>
        SignFailed = 13,

        /// <summary>A per-incarnation counter reached its maximum and is not wrapped: [counter (ExhaustedCounter)].</summary>
        CounterExhausted = 14,

        /// <summary>What the board says about itself once per boot (see Runtime.BootReport): [firmwareVersion (major &lt;&lt; 16 |
        /// minor &lt;&lt; 8 | patch), bootCount, resetCause (Runtime.BoardResetCause), freeMemoryBytes (-1: unknown), selfTest
        /// (Crypto.SelfTestResult), signaturesLeft (-1: a stateless key)].</summary>
        BoardBooted = 15,
    }
}
