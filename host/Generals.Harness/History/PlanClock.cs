namespace Generals.Harness.History;

/// <summary>
/// Where the scenario's clock sits on the history's: a scenario's times (at_ms, from_ms, a start-instance's start) count
/// from the `start` line, which is at 0 in the simulator and after the generals booted in the emulated world.
/// </summary>
public static class PlanClock
{
    /// <summary>The harness time of the history's `start` line (0 when it has none: a history made by hand).</summary>
    public static long StartMs(IReadOnlyList<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        foreach (HistoryEvent e in history)
        {
            if (e.Type == HistoryType.Start)
            {
                return e.TimeMs;
            }
        }

        return 0;
    }
}
