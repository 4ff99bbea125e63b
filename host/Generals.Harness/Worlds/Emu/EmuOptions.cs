using Generals.Harness.Timing;

namespace Generals.Harness.Worlds.Emu;

/// <summary>How an emulated run is carried out.</summary>
public sealed record EmuOptions
{
    /// <summary>Starts `generals node` processes.</summary>
    public required GeneralsLauncher Launcher { get; init; }

    /// <summary>The run folder: the kit, the generals' data folders and logs go inside it.</summary>
    public required string RunFolder { get; init; }

    /// <summary>Where each general keeps its data folder (`general-N`); null: `data/` in the run folder.</summary>
    public string? DataRoot { get; init; }

    /// <summary>An external broker (mqtt://host:port) with the harness relaying wire to inbox; null for the embedded one.</summary>
    public string? ExternalBroker { get; init; }

    /// <summary>How long every general has to boot and connect before the run is abandoned.</summary>
    public TimeSpan BootTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Reports progress lines (may be null).</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>
    /// Interrupts the run (SIGINT, SIGTERM): every process the run started is stopped and the history so far is
    /// judged, unknown with the reason "interrupted".
    /// </summary>
    public CancellationToken Cancel { get; init; }

    /// <summary>What interrupted the run (a signal's name), for the history; null says "cancelled".</summary>
    public Func<string>? CancelReason { get; init; }

    /// <summary>A mosquitto started for this run: an exit of it the harness did not ask for is an unplanned fault.</summary>
    public MosquittoBroker? Mosquitto { get; init; }

    /// <summary>
    /// What the emulated world expects of this machine before it has measured anything: a general back 500 ms after its
    /// restart, timed actions up to 30 ms late (a loaded 2-core machine running seven generals). The run's scale is chosen
    /// from these; the facts measured at start are then checked against the plan (docs/worlds.md, "Time per world").
    /// </summary>
    public WorldTiming Expected { get; init; } = ExpectedByDefault;

    /// <summary>The default of <see cref="Expected"/>.</summary>
    public static WorldTiming ExpectedByDefault { get; } = new(500, 30, 1, 1, "expected of this machine");

    /// <summary>Runs the plan this many times slower than real time whatever it needs (`--clock-scale`); null: the world chooses.</summary>
    public int? ClockScale { get; init; }

    /// <summary>
    /// Hears of each start of the run's world (a run that starts again slower is a new start) with the instructor's hand on
    /// it: `generals serve` listens to its history and carries out the live view's buttons. Null: nobody listens.
    /// </summary>
    public Action<Instructor>? OnInstructor { get; init; }

    /// <summary>Pauses, resumes, stops and kills the generals' processes: this OS's way by default (docs/install.md); a plan with a pause is refused where it cannot pause.</summary>
    public IProcessControl ProcessControl { get; init; } = ProcessControls.Current;

    /// <summary>The scale a run starts again at when the facts measured at the last start asked for it (<see cref="EmuRunner.RunScaledAsync"/>); null: chosen from <see cref="Expected"/>.</summary>
    public int? StartScale { get; init; }
}
