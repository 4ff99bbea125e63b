using Generals.Harness.History;

namespace Generals.Harness.Worlds;

/// <summary>What the network (<see cref="Network.HarnessNetwork"/>) needs of a world: its time, and delivery into a general.</summary>
public interface INetworkWorld
{
    /// <summary>World time in ms: the history's time base (the plan's time 0 is the start line's time).</summary>
    long NowMs { get; }

    /// <summary>
    /// Schedules one copy of a frame into <paramref name="to"/>'s inbox at world time <paramref name="atMs"/>; at that time the
    /// world calls the network's Deliver with <paramref name="sent"/> (its `send` line; null when the network's traffic is not recorded).
    /// </summary>
    void ScheduleDelivery(long atMs, int to, byte[] frame, HistoryEvent? sent);

    /// <summary>Puts a frame into a general's inbox now.</summary>
    DeliveryResult Deliver(int to, byte[] frame);

    /// <summary>Lets a general take what it was just given: a simulated one steps now; a process or board runs by itself.</summary>
    void Step(int general);
}
