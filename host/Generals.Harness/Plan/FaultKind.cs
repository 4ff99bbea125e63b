namespace Generals.Harness.Plan;

/// <summary>A scenario's node fault (`faults[i].kind`); its YAML spelling is <see cref="PlanNames"/>'s (crash-stop, ...).</summary>
public enum FaultKind
{
    /// <summary>The general loses power and never comes back.</summary>
    CrashStop,

    /// <summary>The general loses power and restarts after `restart_after_ms`.</summary>
    CrashRecovery,

    /// <summary>The general takes no steps for `duration_ms`.</summary>
    Pause,

    /// <summary>The power is cut on one of the general's next `within_writes` store writes; it restarts after `restart_after_ms`.</summary>
    PowerCutAtWrite,

    /// <summary>The broker is down for `duration_ms` (node 0).</summary>
    BrokerRestart,

    /// <summary>Garbage, truncated and oversize frames and a forged control command into the general's inbox (node 0: every general).</summary>
    Rogue,

    /// <summary>Forged and replayed frames on the general's events and status topics.</summary>
    RogueTelemetry,
}
