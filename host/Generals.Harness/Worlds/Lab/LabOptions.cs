using Generals.Core.Config;
using Generals.Harness.Worlds.Lab.Power;

namespace Generals.Harness.Worlds.Lab;

/// <summary>How a lab run is carried out: the kit's boards, its broker, how long to wait for them, and how power is switched.</summary>
public sealed class LabOptions
{
    /// <summary>The kit's nf.config, parsed.</summary>
    public required KitConfig Config { get; init; }

    /// <summary>Where nf.config is, for messages.</summary>
    public required string ConfigPath { get; init; }

    /// <summary>An external broker (mqtt://host:port) the harness joins and relays through; null: nf.config's listener (or its broker when the listener is none).</summary>
    public string? ExternalBroker { get; init; }

    /// <summary>
    /// How long to wait for boards that are not there once the broker is up, beyond <see cref="ReconnectGrace"/>; zero:
    /// refuse at once with the presence table.
    /// </summary>
    public TimeSpan Wait { get; init; }

    /// <summary>
    /// How long boards have to reach a broker that just started: a board retries its broker at most every 5 s (NodeRuntime's
    /// backoff), so 8 s covers one retry and its connect on a loaded network.
    /// </summary>
    public TimeSpan ReconnectGrace { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// How long a person has to pull or plug a board's power when asked (`manual`), before the run is void: long enough to
    /// find the cable on a crowded bench.
    /// </summary>
    public TimeSpan ManualTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Runs the power switches' tools (uhubctl, usbrelay).</summary>
    public ToolRunner Tools { get; init; } = new();

    /// <summary>Reports progress lines, and asks a person to pull or plug a board (may be null).</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>Interrupts the run (SIGINT, SIGTERM): the history so far is judged, unknown with the reason "interrupted".</summary>
    public CancellationToken Cancel { get; init; }

    /// <summary>What interrupted the run (a signal's name), for the history; null says "cancelled".</summary>
    public Func<string>? CancelReason { get; init; }

    /// <summary>
    /// The lab's timing facts, told rather than measured (docs/worlds.md, "Time per world"): an ESP32 back 4 s after its
    /// power returns (ROM boot, nanoCLR, Wi-Fi, MQTT), timed actions up to 10 ms late over Wi-Fi. Boards keep real time: a
    /// lab runs every plan at scale 1, and refuses one whose timing these facts cannot honour.
    /// </summary>
    public Timing.WorldTiming Timing { get; init; } = ToldTiming;

    /// <summary>The facts a lab is told unless its options say otherwise.</summary>
    public static Timing.WorldTiming ToldTiming { get; } = new(4000, 10, 1, 1, "told: ESP32 boards over Wi-Fi");
}
