using Generals.Core.Runtime;

namespace Generals.Harness.Worlds.Sim;

/// <summary>One simulated general: its durable store, and (while powered) its runtime, clock and transport.</summary>
internal sealed class SimNode(int id)
{
    public int Id { get; } = id;

    public SimStore Store { get; } = new();

    public SimNodeState State { get; set; } = SimNodeState.Down;

    public NodeRuntime? Runtime { get; set; }

    public SimTransport? Transport { get; set; }

    public SimClock? Clock { get; set; }

    /// <summary>Absolute harness time of the pending wake-up, or long.MaxValue.</summary>
    public long ScheduledWakeMs { get; set; } = long.MaxValue;

    /// <summary>Bumped at every power cut so stale wake-ups are ignored.</summary>
    public int Generation { get; set; }

    /// <summary>Restart delay when an armed power cut lands, or -1 for none armed.</summary>
    public long ArmedRestartAfterMs { get; set; } = -1;
}

/// <summary>Whether a simulated general takes steps.</summary>
internal enum SimNodeState
{
    Down,
    Up,
    Paused,
}
