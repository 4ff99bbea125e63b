namespace Generals.Harness.History;

/// <summary>
/// The broker's outages in a history, from each `broker-down` to the next `broker-up` (an outage still open at the end runs
/// to long.MaxValue): ground truth that the timing-model check and the SLO witnesses both read.
/// </summary>
public static class BrokerOutages
{
    public static IReadOnlyList<(long From, long Until)> Of(IReadOnlyList<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var outages = new List<(long From, long Until)>();
        long? down = null;
        foreach (HistoryEvent e in history)
        {
            if (e.Type == HistoryType.BrokerDown)
            {
                down ??= e.TimeMs;
            }
            else if (e.Type == HistoryType.BrokerUp && down is long from)
            {
                outages.Add((from, e.TimeMs));
                down = null;
            }
        }

        if (down is long open)
        {
            outages.Add((open, long.MaxValue));
        }

        return outages;
    }
}
