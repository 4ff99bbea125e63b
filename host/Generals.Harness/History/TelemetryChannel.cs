namespace Generals.Harness.History;

/// <summary>The two observation topics of a general: its events (gl/{kit}/n/{id}/events) and its retained status.</summary>
public enum TelemetryChannel
{
    /// <summary>Telemetry events: boot, decisions, deliveries, suspicions, rejections.</summary>
    Events = 0,

    /// <summary>The retained `online` / `offline` status, and its last will.</summary>
    Status = 1,
}
