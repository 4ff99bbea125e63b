using Generals.Core.Runtime;

namespace Generals.Harness.Worlds.Sim;

/// <summary>The board in the simulator: nothing to light, nothing to wait for.</summary>
internal sealed class SimBoard : IBoard
{
    public BoardStatus Status { get; private set; }

    public string Describe() => "simulated general";

    public long FreeMemoryBytes() => -1;

    public BoardResetCause ResetCause() => BoardResetCause.Unknown;

    public long BootCount() => 0;

    public void Reboot() => throw new NotSupportedException("a simulated general is restarted by the simulator");

    public void ShowStatus(BoardStatus status) => Status = status;

    public void Sleep(int durationMs)
    {
    }
}
