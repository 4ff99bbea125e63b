namespace Generals.Harness.Generator;

/// <summary>What one timed operation of a run does (<see cref="Operation"/>).</summary>
public enum OperationKind
{
    /// <summary>Writes a ground-truth line the network already applies by the plan's clock (partition-start, partition-end).</summary>
    Note,

    /// <summary>The broker goes down (broker-restart): the network loses every frame until it is back.</summary>
    BrokerDown,

    /// <summary>The broker is back.</summary>
    BrokerUp,

    /// <summary>Every general is up at the plan's time 0.</summary>
    PowerOnAll,

    /// <summary>A power cut (crash-stop: no restart; crash-recovery: restart after restart_after_ms).</summary>
    PowerCut,

    /// <summary>A power cut at a store write within the next within_writes, or at the deadline (power-cut-at-write).</summary>
    PowerCutAtWrite,

    /// <summary>A general stops for duration_ms, keeping its state (pause).</summary>
    Pause,

    /// <summary>A rogue client puts garbage and a forged command into a general's inbox and control channel (rogue).</summary>
    Rogue,

    /// <summary>A rogue client publishes on a general's events and status topics (rogue-telemetry).</summary>
    RogueTelemetry,

    /// <summary>A signed control command from the workload (start an instance, a stream, a detector...).</summary>
    Control,

    /// <summary>The global stabilisation time of a partially synchronous run.</summary>
    Gst,

    /// <summary>Every fault ends at duration_ms: the settle period begins.</summary>
    Heal,
}
