using Generals.Core.Runtime;

namespace Generals.Harness.Sim;

/// <summary>The board in the simulator: nothing to light, nothing to wait for.</summary>
internal sealed class SimBoard : IBoard
{
    public BoardStatus Status { get; private set; }

    public string Describe() => "simulated general";

    public long FreeMemoryBytes() => -1;

    public void ShowStatus(BoardStatus status) => Status = status;

    public void Sleep(int durationMs)
    {
    }
}
