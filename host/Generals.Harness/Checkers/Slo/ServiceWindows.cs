using Generals.Harness.History;

namespace Generals.Harness.Checkers.Slo;

/// <summary>
/// The ground truth an SLO witness names: the broker's outages (every frame and report passes through it) and the generals'
/// crashes, from a history. A broker outage that overlaps a failed instance is the kit's single point of failure.
/// </summary>
public sealed class ServiceWindows
{
    private readonly List<(long From, long Until)> _brokerDown = [];

    public ServiceWindows(IReadOnlyList<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        long? down = null;
        foreach (HistoryEvent e in history)
        {
            if (e.Type == HistoryType.BrokerDown)
            {
                down ??= e.TimeMs;
            }
            else if (e.Type == HistoryType.BrokerUp && down is long from)
            {
                _brokerDown.Add((from, e.TimeMs));
                down = null;
            }
        }

        if (down is long open)
        {
            _brokerDown.Add((open, long.MaxValue));
        }
    }

    /// <summary>The broker outage that overlaps [fromMs, untilMs], if any.</summary>
    public (long From, long Until)? BrokerDownDuring(long fromMs, long untilMs)
    {
        foreach ((long From, long Until) outage in _brokerDown)
        {
            if (outage.From <= untilMs && outage.Until >= fromMs)
            {
                return outage;
            }
        }

        return null;
    }
}
