using Generals.Harness.History;

namespace Generals.Harness.Emu;

/// <summary>Collects history events from several threads (broker, relay, fault schedule), stamped with harness time.</summary>
public sealed class HistoryRecorder(HarnessClock clock)
{
    /// <summary>Events one emulated run may record: bounds memory on a runaway run.</summary>
    public const int EventsMax = 5_000_000;

    private readonly List<HistoryEvent> _events = [];
    private readonly Lock _lock = new();

    public long NowMs => clock.NowMs;

    public void Record(HistoryEvent e)
    {
        lock (_lock)
        {
            if (_events.Count < EventsMax)
            {
                _events.Add(e);
            }
        }
    }

    /// <summary>The history so far, in time order (ties keep their recording order).</summary>
    public List<HistoryEvent> Snapshot()
    {
        lock (_lock)
        {
            return [.. _events.OrderBy(e => e.TimeMs)];
        }
    }
}
