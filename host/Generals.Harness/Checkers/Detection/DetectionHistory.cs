using Generals.Core.Node;
using Generals.Core.Wire;
using Generals.Harness.History;
using Generals.Harness.Timing;

namespace Generals.Harness.Checkers.Detection;

/// <summary>
/// The part of a history the detection checkers read: faults (ground truth), suspicions, GST, boots and
/// heartbeat deliveries, indexed once per check. Pair timelines are built on demand and kept.
/// </summary>
public sealed class DetectionHistory
{
    private readonly List<HistoryEvent> _events = [];
    private readonly Dictionary<DetectorPair, PairTimeline> _timelines = [];
    private readonly Dictionary<(int From, int To), List<long>> _heartbeatDeliveries = [];

    // The longest silence a detector of the run waits before it suspects (its timeout, or the gap a timing break allows
    // when that is longer): how far back from a suspicion a stall can have caused it.
    private long _silenceMs;

    public DetectionHistory(IReadOnlyList<HistoryEvent> history, long? endMs = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        long lastMs = 0;
        foreach (HistoryEvent e in history)
        {
            lastMs = Math.Max(lastMs, e.TimeMs);
            switch (e.Type)
            {
                case HistoryType.Crash or HistoryType.Restart or HistoryType.Pause or HistoryType.Resume
                    or HistoryType.Suspect or HistoryType.Trust or HistoryType.Boot:
                    _events.Add(e);
                    break;
                case HistoryType.Gst:
                    GstMs ??= e.TimeMs;
                    break;
                case HistoryType.Deliver when e.Kind == FrameKind.Heartbeat:
                    AddDelivery(e.From, e.To, e.TimeMs);
                    DetectorsRan = true;
                    break;
                case HistoryType.Send when e.Kind == FrameKind.Heartbeat:
                    DetectorsRan = true;
                    break;
                case HistoryType.Control when e.Command is StartDetectorCommand detector:
                    _silenceMs = Math.Max(_silenceMs, Math.Max(detector.TimeoutMs, TimingBreaks.HeartbeatGapMaxMs(detector)));
                    break;
            }

            DetectorsRan |= e.Type is HistoryType.Suspect or HistoryType.Trust;
        }

        // Histories are written in time order; a stable sort keeps same-millisecond events in their written order.
        List<HistoryEvent> ordered = [.. _events.OrderBy(e => e.TimeMs)];
        _events.Clear();
        _events.AddRange(ordered);
        EndMs = endMs ?? lastMs;
    }

    /// <summary>The end of the observed run: given, or the time of the last event.</summary>
    public long EndMs { get; }

    /// <summary>True when the history shows failure detectors at work: a heartbeat sent or delivered, or a suspicion
    /// or trust reported. Without it every detection check has nothing to judge.</summary>
    public bool DetectorsRan { get; }

    /// <summary>The witness of a detection check with nothing to judge because no detector ran.</summary>
    public const string NothingRan = "no heartbeat and no suspicion in the history: the failure detectors never ran (is there a start-detector command?)";

    /// <summary>The first global stabilisation time in the history, or null when there is none.</summary>
    public long? GstMs { get; }

    /// <summary>The pair's timeline up to <see cref="EndMs"/>.</summary>
    public PairTimeline Timeline(DetectorPair pair)
    {
        if (!_timelines.TryGetValue(pair, out PairTimeline? timeline))
        {
            timeline = PairTimeline.Build(_events, pair, EndMs);
            _timelines[pair] = timeline;
        }

        return timeline;
    }

    /// <summary>The monitored General's condition at <paramref name="timeMs"/> and since when it holds.</summary>
    public (NodeCondition Condition, long SinceMs) ConditionAt(DetectorPair pair, long timeMs)
    {
        NodeCondition condition = NodeCondition.Up;
        long sinceMs = 0;
        foreach (PairSpan span in Timeline(pair).Spans)
        {
            if (span.StartMs > timeMs)
            {
                break;
            }

            if (span.Monitored != condition)
            {
                condition = span.Monitored;
                sinceMs = span.StartMs;
            }
        }

        return (condition, sinceMs);
    }

    /// <summary>The last heartbeat from <paramref name="from"/> delivered to <paramref name="to"/> at or before <paramref name="timeMs"/>.</summary>
    public long? LastHeartbeatDelivered(int from, int to, long timeMs)
    {
        if (!_heartbeatDeliveries.TryGetValue((from, to), out List<long>? times))
        {
            return null;
        }

        int index = times.BinarySearch(timeMs);
        if (index < 0)
        {
            index = ~index - 1;
        }
        else
        {
            while (index + 1 < times.Count && times[index + 1] == timeMs)
            {
                index++;
            }
        }

        return index >= 0 ? times[index] : null;
    }

    /// <summary>The incarnation the General reported at its first boot at or after <paramref name="timeMs"/>, or null.</summary>
    public long? IncarnationBootedAfter(int node, long timeMs) =>
        _events.FirstOrDefault(e => e.Type == HistoryType.Boot && e.General == node && e.TimeMs >= timeMs)?.Incarnation;

    /// <summary>The trust events of a pair, in time order.</summary>
    public IEnumerable<HistoryEvent> Trusts(DetectorPair pair) =>
        _events.Where(e => e.Type == HistoryType.Trust && e.General == pair.Monitor && e.Peer == pair.Monitored);

    /// <summary>True when the General's last crash was not followed by a restart.</summary>
    public bool IsCrashedAtEnd(int node) => LastFault(node, HistoryType.Crash) > LastFault(node, HistoryType.Restart);

    /// <summary>The time of the General's last event of <paramref name="type"/>, or -1.</summary>
    public long LastFault(int node, HistoryType type) =>
        _events.LastOrDefault(e => e.General == node && e.Type == type)?.TimeMs ?? -1;

    /// <summary>
    /// A mistake as a violation for the timing-model rule: it rests on the monitored general's heartbeats and on the
    /// monitor's steps, from the last heartbeat the monitor got before it (or the start), or from one detector timeout
    /// before it if that is earlier (a monitor that stalled takes the heartbeats queued for it after its timer), to its end.
    /// </summary>
    public Violation ViolationOf(Mistake mistake)
    {
        ArgumentNullException.ThrowIfNull(mistake);
        long fromMs = Math.Min(LastHeartbeatDelivered(mistake.Pair.Monitored, mistake.Pair.Monitor, mistake.StartMs) ?? 0, mistake.StartMs - _silenceMs);
        return new Violation(fromMs, mistake.EndMs, [mistake.Pair.Monitor, mistake.Pair.Monitored]);
    }

    /// <summary>A sentence on why suspecting the monitored General at <paramref name="timeMs"/> was wrong.</summary>
    public string WhyWrong(DetectorPair pair, long timeMs)
    {
        (NodeCondition condition, long sinceMs) = ConditionAt(pair, timeMs);
        string state = condition == NodeCondition.Paused
            ? $"which was paused since t={DetectionText.Ms(sinceMs)}, not crashed"
            : "which was up";
        long? heartbeatMs = LastHeartbeatDelivered(pair.Monitored, pair.Monitor, timeMs);
        string heartbeat = heartbeatMs is long ms
            ? $"last heartbeat delivered at t={DetectionText.Ms(ms)}"
            : "no heartbeat of it delivered yet";
        return $"{state} ({heartbeat})";
    }

    private void AddDelivery(int from, int to, long timeMs)
    {
        if (!_heartbeatDeliveries.TryGetValue((from, to), out List<long>? times))
        {
            times = [];
            _heartbeatDeliveries[(from, to)] = times;
        }

        // Deliveries arrive in time order; an out-of-order one is inserted where it belongs.
        if (times.Count == 0 || times[^1] <= timeMs)
        {
            times.Add(timeMs);
        }
        else
        {
            int index = times.BinarySearch(timeMs);
            times.Insert(index < 0 ? ~index : index, timeMs);
        }
    }
}
