using Generals.Harness.History;

namespace Generals.Harness.Checkers.Slo;

/// <summary>
/// The ground truth an SLO witness names: the broker's outages (every frame and report passes through it), from a history. A broker outage that overlaps a failed instance is the kit's single point of failure.
/// </summary>
public sealed class ServiceWindows
{
    private readonly IReadOnlyList<(long From, long Until)> _brokerDown;

    public ServiceWindows(IReadOnlyList<HistoryEvent> history) => _brokerDown = BrokerOutages.Of(history);

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
