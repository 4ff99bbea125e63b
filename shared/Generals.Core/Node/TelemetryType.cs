namespace Generals.Core.Node
{
    /// <summary>Telemetry event types and the meaning of their values. Numbers are on the wire: never renumber.</summary>
    public enum TelemetryType
    {
        /// <summary>Booted: [incarnation].</summary>
        Booted = 1,

        /// <summary>The application handed a message to the link: [to, incarnation, linkSequence, payloadHash].</summary>
        AppSent = 2,

        /// <summary>The link delivered a message to the application: [from, senderIncarnation, linkSequence, payloadHash, deliveryIndex].</summary>
        AppDelivered = 3,

        /// <summary>The link got the acknowledgement of a message: [to, incarnation, linkSequence].</summary>
        AppAcked = 4,

        /// <summary>A protocol decided (persisted before this report): [protocol, instance, value, round].</summary>
        Decided = 5,

        /// <summary>The detector began to suspect a peer: [peer, peerIncarnation].</summary>
        Suspect = 6,

        /// <summary>The detector trusts a peer again: [peer, peerIncarnation].</summary>
        Trust = 7,

        /// <summary>An input was rejected and counted: [reason (RejectReason), from, detail].</summary>
        Rejected = 8,

        /// <summary>A signing key is exhausted or near exhaustion: [remainingSignatures].</summary>
        KeyExhausted = 9,

        /// <summary>A protocol message was sent: [protocol, instance, round, to].</summary>
        ProtocolSent = 10,

        /// <summary>A measured cost at boot (self-test): [what, microseconds, count].</summary>
        SelfTest = 11,
    }
}
