using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Generals.Harness.Worlds.Emu;

/// <summary>Process control on a Unix: SIGSTOP/SIGCONT pause and resume a general (the GC-pause case), SIGTERM stops one, by the OS's own numbers.</summary>
public sealed partial class PosixProcessControl(SignalNumbers numbers) : IProcessControl
{
    public SignalNumbers Numbers { get; } = numbers;

    public string Name => string.Create(CultureInfo.InvariantCulture, $"signals (SIGSTOP {Numbers.Stop}, SIGCONT {Numbers.Continue}, SIGTERM {Numbers.Terminate})");

    public string? PauseUnsupported => null;

    public bool Pause(Process process) => Send(process, Numbers.Stop);

    public bool Resume(Process process) => Send(process, Numbers.Continue);

    public bool Terminate(Process process) => Send(process, Numbers.Terminate);

    public void Kill(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        process.Kill(entireProcessTree: true);
    }

    private static bool Send(Process process, int signal)
    {
        ArgumentNullException.ThrowIfNull(process);
        return !process.HasExited && SendSignal(process.Id, signal) == 0;
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
