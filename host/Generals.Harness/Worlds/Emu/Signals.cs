using System.Runtime.InteropServices;

namespace Generals.Harness.Worlds.Emu;

/// <summary>POSIX signals for process faults: SIGSTOP/SIGCONT pause and resume a general (the GC-pause case), SIGTERM stops one.</summary>
internal static partial class Signals
{
    public const int Terminate = 15;
    public const int Stop = 19;
    public const int Continue = 18;

    public static bool Send(int pid, int signal) => OperatingSystem.IsLinux() && Kill(pid, signal) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
