using System.Diagnostics;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The OS seam of the emulated world: what the harness does to a process it started beyond starting it. Each OS has its
/// own way (signals by the OS's numbers, ntdll on Windows); <see cref="ProcessControls.For"/> picks one.
/// </summary>
public interface IProcessControl
{
    /// <summary>Names the mechanism, for messages ("signals (SIGSTOP 19, SIGCONT 18)").</summary>
    string Name { get; }

    /// <summary>Why this OS cannot pause and resume a process, or null when it can: a plan with a pause is then refused.</summary>
    string? PauseUnsupported { get; }

    /// <summary>Freezes the process (it takes no step until resumed); false when it is gone or the OS refused.</summary>
    bool Pause(Process process);

    /// <summary>Lets a paused process go on; false when it is gone or the OS refused.</summary>
    bool Resume(Process process);

    /// <summary>Asks the process to stop (SIGTERM); false when the OS has no such request, and the caller kills it.</summary>
    bool Terminate(Process process);

    /// <summary>Ends the process and every process it started, at once (kill -9 of the tree).</summary>
    void Kill(Process process);
}
