using System.Diagnostics;

namespace Generals.Harness.Worlds.Emu;

/// <summary>Process control on an OS whose way to pause a process the kit does not know: kills only, and a plan with a pause is refused.</summary>
public sealed class KillOnlyProcessControl(string os) : IProcessControl
{
    public string Name => "kill only";

    public string? PauseUnsupported => $"this OS ({os}) has no way known to the kit to pause a process (Linux, macOS, the BSDs and Windows have)";

    public bool Pause(Process process) => false;

    public bool Resume(Process process) => false;

    public bool Terminate(Process process) => false;

    public void Kill(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        process.Kill(entireProcessTree: true);
    }
}
