using Generals.Harness.History;

namespace Generals.Harness.Checkers.Detection;

/// <summary>
/// One pair's run, lined up: the monitored General's ground truth against the monitor's output, as consecutive
/// spans from time 0 to the end of the run, with the mistakes and crash detections they contain. A monitor's
/// output is trust until it reports a suspicion; a crashed monitor has no output; a restarted one trusts again.
/// </summary>
public sealed class PairTimeline
{
    private PairTimeline(DetectorPair pair, List<PairSpan> spans, List<Mistake> mistakes, List<CrashDetection> crashes)
    {
        Pair = pair;
        Spans = spans;
        Mistakes = mistakes;
        Crashes = crashes;
    }

    public DetectorPair Pair { get; }

    public IReadOnlyList<PairSpan> Spans { get; }

    public IReadOnlyList<Mistake> Mistakes { get; }

    public IReadOnlyList<CrashDetection> Crashes { get; }

    /// <summary>Lines up <paramref name="events"/> (fault and suspicion events in time order) for one pair up to <paramref name="endMs"/>.</summary>
    public static PairTimeline Build(IReadOnlyList<HistoryEvent> events, DetectorPair pair, long endMs)
    {
        ArgumentNullException.ThrowIfNull(events);
        var builder = new Builder(pair);
        foreach (HistoryEvent e in events)
        {
            if (e.TimeMs > endMs)
            {
                break;
            }

            builder.Apply(e);
        }

        return builder.Finish(endMs);
    }

    private sealed class Builder(DetectorPair pair)
    {
        private readonly List<PairSpan> _spans = [];
        private readonly List<Mistake> _mistakes = [];
        private readonly List<(long CrashMs, long UntilMs, bool Restarted)> _downtimes = [];
        private long _spanStartMs;
        private NodeCondition _monitored = NodeCondition.Up;
        private bool _monitorUp = true;
        private bool _suspected;
        private long _crashMs;
        private (long StartMs, NodeCondition At, long Incarnation)? _openMistake;

        public void Apply(HistoryEvent e)
        {
            if (e.General == pair.Monitored)
            {
                ApplyToMonitored(e);
            }
            else if (e.General == pair.Monitor)
            {
                ApplyToMonitor(e);
            }
        }

        public PairTimeline Finish(long endMs)
        {
            CloseSpan(endMs);
            CloseMistake(endMs, MistakeEnd.RunEnded);
            if (_monitored == NodeCondition.Crashed)
            {
                _downtimes.Add((_crashMs, endMs, false));
            }

            var crashes = _downtimes.Select(d => new CrashDetection(pair, d.CrashMs, d.UntilMs, d.Restarted,
                PermanentSuspicionStart(d.CrashMs, d.UntilMs))).ToList();
            return new PairTimeline(pair, _spans, _mistakes, crashes);
        }

        private void ApplyToMonitored(HistoryEvent e)
        {
            switch (e.Type)
            {
                case HistoryType.Crash when _monitored != NodeCondition.Crashed:
                    CloseSpan(e.TimeMs);
                    CloseMistake(e.TimeMs, MistakeEnd.MonitoredCrashed);
                    _monitored = NodeCondition.Crashed;
                    _crashMs = e.TimeMs;
                    break;
                case HistoryType.Restart when _monitored == NodeCondition.Crashed:
                    CloseSpan(e.TimeMs);
                    _downtimes.Add((_crashMs, e.TimeMs, true));
                    _monitored = NodeCondition.Up;
                    break;
                case HistoryType.Pause when _monitored == NodeCondition.Up:
                    CloseSpan(e.TimeMs);
                    _monitored = NodeCondition.Paused;
                    break;
                case HistoryType.Resume when _monitored == NodeCondition.Paused:
                    CloseSpan(e.TimeMs);
                    _monitored = NodeCondition.Up;
                    break;
            }
        }

        private void ApplyToMonitor(HistoryEvent e)
        {
            switch (e.Type)
            {
                case HistoryType.Crash when _monitorUp:
                    CloseSpan(e.TimeMs);
                    CloseMistake(e.TimeMs, MistakeEnd.MonitorCrashed);
                    _monitorUp = false;
                    _suspected = false;
                    break;
                case HistoryType.Restart when !_monitorUp:
                    CloseSpan(e.TimeMs);
                    _monitorUp = true;
                    _suspected = false;
                    break;
                case HistoryType.Suspect when e.Peer == pair.Monitored && _monitorUp && !_suspected:
                    CloseSpan(e.TimeMs);
                    _suspected = true;
                    if (_monitored != NodeCondition.Crashed)
                    {
                        _openMistake = (e.TimeMs, _monitored, e.PeerIncarnation);
                    }

                    break;
                case HistoryType.Trust when e.Peer == pair.Monitored && _monitorUp && _suspected:
                    CloseSpan(e.TimeMs);
                    CloseMistake(e.TimeMs, MistakeEnd.Trusted);
                    _suspected = false;
                    break;
            }
        }

        private void CloseSpan(long atMs)
        {
            if (atMs > _spanStartMs)
            {
                _spans.Add(new PairSpan(_spanStartMs, atMs, _monitored, _monitorUp, _suspected));
                _spanStartMs = atMs;
            }
        }

        private void CloseMistake(long atMs, MistakeEnd end)
        {
            if (_openMistake is { } open)
            {
                _mistakes.Add(new Mistake(pair, open.StartMs, atMs, end, open.At, open.Incarnation));
                _openMistake = null;
            }
        }

        // The start of the monitor's suspicion that lasts from some point of [crashMs, untilMs) up to untilMs.
        private long? PermanentSuspicionStart(long crashMs, long untilMs)
        {
            if (untilMs <= crashMs)
            {
                return null;
            }

            long? from = null;
            foreach (PairSpan span in _spans)
            {
                if (span.StartMs >= untilMs)
                {
                    break;
                }

                if (span.Suspecting)
                {
                    from ??= span.StartMs;
                }
                else
                {
                    from = null;
                }
            }

            return from;
        }
    }
}
