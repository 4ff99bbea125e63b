namespace Generals.Harness.History;

/// <summary>Why the harness refused a frame on a general's events or status topic (it never reaches the checkers).</summary>
public enum TelemetryRefusal
{
    /// <summary>Admitted: authentic and fresh.</summary>
    None = 0,

    /// <summary>Not a well-formed Event frame (or, on the status topic, not `online` or `offline`).</summary>
    Malformed = 1,

    /// <summary>The frame names another general or another kit than the topic it came on.</summary>
    WrongGeneral = 2,

    /// <summary>No HMAC-SHA256 tag, or one that does not verify under the general's telemetry key.</summary>
    Unauthenticated = 3,

    /// <summary>Authentic, but its counter (incarnation, sequence) is not above the last one admitted from that general.</summary>
    Replayed = 4,
}
