using Generals.Core.Wire;
using Generals.Harness.History;

namespace Generals.Harness.Checkers.Detection;

/// <summary>A monitor (a General, or 0 for the harness) and the General it monitors.</summary>
public readonly record struct DetectorPair(int Monitor, int Monitored)
{
    /// <summary>The prefix of this pair's figures, such as "2->3".</summary>
    public string Key => $"{Monitor}->{Monitored}";

    public override string ToString() => Key;

    /// <summary>
    /// Every General monitoring every other, plus the harness (0) monitoring every General when the history
    /// holds suspicion events from it. Generals are the ids 1..FrameLimits.GeneralIdMax that appear in the history.
    /// </summary>
    public static IReadOnlyList<DetectorPair> AllFromHistory(IReadOnlyList<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var generals = new SortedSet<int>();
        bool harnessMonitors = false;
        foreach (HistoryEvent e in history)
        {
            foreach (int general in HistoryTypes.GeneralsOf(e))
            {
                AddGeneral(generals, general);
            }

            if (e.Type is HistoryType.Suspect or HistoryType.Trust)
            {
                AddGeneral(generals, e.Peer);
                harnessMonitors |= e.General == 0;
            }
        }

        var pairs = new List<DetectorPair>();
        foreach (int monitor in harnessMonitors ? generals.Prepend(0) : generals)
        {
            foreach (int monitored in generals)
            {
                if (monitor != monitored)
                {
                    pairs.Add(new DetectorPair(monitor, monitored));
                }
            }
        }

        return pairs;
    }

    private static void AddGeneral(SortedSet<int> generals, int id)
    {
        if (id is >= 1 and <= FrameLimits.GeneralIdMax)
        {
            generals.Add(id);
        }
    }
}
