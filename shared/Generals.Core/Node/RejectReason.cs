namespace Generals.Core.Node
{
    /// <summary>Why a General refused an input, reported in telemetry and counted. Numbers are stable.</summary>
    public enum RejectReason
    {
        /// <summary>The bytes did not decode (detail: the FrameRejection code).</summary>
        MalformedFrame = 1,

        /// <summary>A frame of another kit, or addressed to another General.</summary>
        NotForUs = 2,

        /// <summary>A signature is missing where the kit requires one.</summary>
        Unsigned = 3,

        /// <summary>A signature does not verify.</summary>
        BadSignature = 4,

        /// <summary>A frame already seen (anti-replay window).</summary>
        Replayed = 5,

        /// <summary>A control command that is unknown, malformed, or not from the harness.</summary>
        BadControl = 6,

        /// <summary>A frame from an earlier incarnation of its sender.</summary>
        StaleIncarnation = 7,

        /// <summary>A protocol message that breaks the protocol (wrong round, forged relay, bad chain).</summary>
        ProtocolViolation = 8,

        /// <summary>A bounded queue was full; the input was dropped.</summary>
        QueueFull = 9,
    }
}
