namespace Generals.Harness.Worlds.Emu;

/// <summary>Why an instructor's command was not carried out (`generals serve` answers 400 with its name and counts it).</summary>
public enum InstructorRefusal
{
    /// <summary>Carried out.</summary>
    None,

    /// <summary>No such command (the server counts it: it never reaches a run).</summary>
    UnknownCommand,

    /// <summary>No such general in the run's scenario.</summary>
    UnknownGeneral,

    /// <summary>The run's plan has not started yet, or the run has ended.</summary>
    NotLive,

    /// <summary>Crash or pause of a general that is down already.</summary>
    GeneralDown,

    /// <summary>Restart of a general that is running.</summary>
    GeneralRunning,

    /// <summary>Pause of a general the instructor paused already.</summary>
    AlreadyPaused,

    /// <summary>Pause on an OS that cannot pause a process (<see cref="IProcessControl.PauseUnsupported"/>).</summary>
    PauseUnsupported,

    /// <summary>Resume of a general that is not paused.</summary>
    NotPaused,

    /// <summary>A partition that is not two non-empty, disjoint groups of the run's generals.</summary>
    BadGroups,

    /// <summary>A partition while the instructor's last one is still in force.</summary>
    PartitionActive,

    /// <summary>A heal with no partition of the instructor's in force.</summary>
    NoPartition,
}
