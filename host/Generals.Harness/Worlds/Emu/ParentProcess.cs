using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The operating-system side of a process the harness started, kept behind this one seam: is the harness (its
/// parent) still there, and leaving the terminal's process group so that Ctrl-C reaches only the harness, which
/// then stops its children in order. POSIX (Linux, macOS) asks getppid, which changes when the parent dies and the
/// child is re-parented; elsewhere the parent's process handle is asked.
/// </summary>
public static partial class ParentProcess
{
    /// <summary>True while <paramref name="parentPid"/> is this process's parent and still running.</summary>
    public static bool IsAlive(int parentPid)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            return GetParentProcessId() == parentPid;
        }

        try
        {
            using var parent = Process.GetProcessById(parentPid);
            return !parent.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Moves this process into a process group of its own (POSIX; nothing elsewhere).</summary>
    public static void LeaveTerminalGroup()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            _ = SetProcessGroup(0, 0);
        }
    }

    [LibraryImport("libc", EntryPoint = "getppid")]
    private static partial int GetParentProcessId();

    [LibraryImport("libc", EntryPoint = "setpgid")]
    private static partial int SetProcessGroup(int pid, int processGroup);
}
