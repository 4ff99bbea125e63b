namespace Generals.Core.Node
{
    /// <summary>
    /// Telemetry event types. Each has its class with named fields and codec (the class named in its summary); the values
    /// on the wire are that class's fields in declaration order. Numbers are on the wire: never renumber.
    /// </summary>
    public enum TelemetryType
    {
        /// <summary>Booted: <see cref="BootedEvent"/>.</summary>
        Booted = 1,

        /// <summary>The application handed a Data message to the link: <see cref="AppSentEvent"/>.</summary>
        AppSent = 2,

        /// <summary>The link delivered a Data message to the application: <see cref="AppDeliveredEvent"/>.</summary>
        AppDelivered = 3,

        /// <summary>The reliable link got the acknowledgement of a message: <see cref="AppAckedEvent"/>.</summary>
        AppAcked = 4,

        /// <summary>A protocol decided (persisted before this report): <see cref="DecidedEvent"/>.</summary>
        Decided = 5,

        /// <summary>The detector began to suspect a peer: <see cref="SuspectEvent"/>.</summary>
        Suspect = 6,

        /// <summary>The detector trusts a peer again: <see cref="TrustEvent"/>.</summary>
        Trust = 7,

        /// <summary>An input was rejected and counted: <see cref="RejectedEvent"/>.</summary>
        Rejected = 8,

        /// <summary>A signing key is exhausted or near exhaustion: <see cref="KeyExhaustedEvent"/>.</summary>
        KeyExhausted = 9,

        /// <summary>A protocol message was sent: <see cref="ProtocolSentEvent"/>.</summary>
        ProtocolSent = 10,

        /// <summary>A measured cost at boot (self-test): <see cref="SelfTestEvent"/>.</summary>
        SelfTest = 11,

        /// <summary>The General refuses to run on its stored state and stays silent: <see cref="BootFailedEvent"/>.</summary>
        BootFailed = 12,

        /// <summary>A signature could not be made for a reason other than exhaustion: <see cref="SignFailedEvent"/>.</summary>
        SignFailed = 13,

        /// <summary>A per-incarnation counter reached its maximum and is not wrapped: <see cref="CounterExhaustedEvent"/>.</summary>
        CounterExhausted = 14,

        /// <summary>What the board says about itself once per boot: <see cref="BoardBootedEvent"/>.</summary>
        BoardBooted = 15,
    }
}
