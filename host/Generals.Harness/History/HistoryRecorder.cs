namespace Generals.Harness.History;

/// <summary>
/// Collects history events from several threads (broker, relay, fault schedule, or one simulator), in recording order.
/// <paramref name="stopAfter"/> hears each event as it is recorded; once it returns true, <see cref="Stopped"/> tells the
/// world to end the run after the event it is executing (SimOptions.StopAfter).
/// </summary>
public sealed class HistoryRecorder(Func<long> nowMs, int eventsMax = HistoryRecorder.EventsMax, Func<HistoryEvent, bool>? stopAfter = null)
{
    /// <summary>Events one emulated run may record: bounds memory on a runaway run.</summary>
    public const int EventsMax = 5_000_000;

    private readonly List<HistoryEvent> _events = [];
    private readonly Lock _lock = new();
    private volatile bool _stopped;

    /// <summary>The world's time, which stamps what is recorded.</summary>
    public long NowMs => nowMs();

    /// <summary>True once the stop hook has asked the run to end.</summary>
    public bool Stopped => _stopped;

    /// <summary>
    /// Hears each event as it is recorded, on the recording thread and in recording order (a live view: `generals serve`).
    /// A listener must return at once and never throw: it runs inside the broker's, the relay's or the scheduler's thread.
    /// </summary>
    public event Action<HistoryEvent>? EventRecorded;

    public void Record(HistoryEvent e)
    {
        lock (_lock)
        {
            if (_events.Count < eventsMax)
            {
                _events.Add(e);
            }

            // Under the lock, so listeners hear events in the order the history holds them.
            EventRecorded?.Invoke(e);
        }

        if (stopAfter != null && stopAfter(e))
        {
            _stopped = true;
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

    /// <summary>The history so far, in recording order (a simulator records in time order already).</summary>
    public List<HistoryEvent> Recorded()
    {
        lock (_lock)
        {
            return [.. _events];
        }
    }
}
