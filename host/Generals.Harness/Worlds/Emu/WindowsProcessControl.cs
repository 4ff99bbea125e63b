using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// Process control on Windows, which has no signals: a pause suspends every thread of the process (ntdll's
/// NtSuspendProcess, what Sysinternals' pssuspend and Process Explorer use) and a resume undoes it; there is no polite stop
/// request, so a stop is a kill of the tree (the general's pipe from the harness closes with it).
/// </summary>
public sealed partial class WindowsProcessControl : IProcessControl
{
    public string Name => "ntdll (NtSuspendProcess, NtResumeProcess)";

    public string? PauseUnsupported => null;

    public bool Pause(Process process) => Call(process, suspend: true);

    public bool Resume(Process process) => Call(process, suspend: false);

    public bool Terminate(Process process) => false;

    public void Kill(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        process.Kill(entireProcessTree: true);
    }

    private static bool Call(Process process, bool suspend)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (!OperatingSystem.IsWindows() || process.HasExited)
        {
            return false;
        }

        try
        {
            // NTSTATUS: 0 is STATUS_SUCCESS.
            return (suspend ? NtSuspendProcess(process.Handle) : NtResumeProcess(process.Handle)) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [SupportedOSPlatform("windows")]
    [LibraryImport("ntdll.dll")]
    private static partial int NtSuspendProcess(nint processHandle);

    [SupportedOSPlatform("windows")]
    [LibraryImport("ntdll.dll")]
    private static partial int NtResumeProcess(nint processHandle);
}
