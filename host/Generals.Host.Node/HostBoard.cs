using Generals.Core.Runtime;

namespace Generals.Host.Node;

/// <summary>The board of an emulated general: status goes to the log, memory is the managed heap.</summary>
public sealed class HostBoard(TextWriter log) : IBoard
{
    public string Describe() => $"emulated general (pid {Environment.ProcessId}, .NET {Environment.Version})";

    public long FreeMemoryBytes() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes - GC.GetTotalMemory(false);

    public void ShowStatus(BoardStatus status) => log.WriteLine($"status: {status}");

    public void Sleep(int durationMs) => Thread.Sleep(durationMs);
}
