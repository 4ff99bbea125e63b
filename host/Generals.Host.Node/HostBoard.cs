using Generals.Core.Runtime;

namespace Generals.Host.Node;

/// <summary>
/// The board of an emulated general: the status LED goes to the log, memory is the managed heap, the boot count is kept
/// in the general's store (<see cref="BootCounter"/>) and a reboot ends the process, which the harness restarts.
/// </summary>
public sealed class HostBoard(TextWriter log, long bootCount) : IBoard
{
    /// <summary>The exit code of a reboot the general asked for.</summary>
    public const int RebootExitCode = 75;

    public string Describe() => $"emulated general (pid {Environment.ProcessId}, .NET {Environment.Version})";

    public long FreeMemoryBytes() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes - GC.GetTotalMemory(false);

    public BoardResetCause ResetCause() => BoardResetCause.PowerOn;

    public long BootCount() => bootCount;

    public void Reboot()
    {
        log.WriteLine("reboot requested");
        log.Flush();
        Environment.Exit(RebootExitCode);
    }

    public void ShowStatus(BoardStatus status) => log.WriteLine($"status: {status}");

    public void Sleep(int durationMs) => Thread.Sleep(durationMs);
}
