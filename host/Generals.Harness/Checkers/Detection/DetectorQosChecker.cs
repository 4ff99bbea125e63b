using Generals.Harness.History;

namespace Generals.Harness.Checkers.Detection;

/// <summary>
/// Measures the detectors' quality of service per pair and over all pairs: T_D, T_M, T_MR, P_A and the mistake
/// rate (Chen, Toueg and Aguilera 2002). Valid unless a bound given here is exceeded; figures keyed "2->3.T_D_ms"
/// per pair and "all.T_D_ms" pooled. Unknown when no detector ran and nothing crashed: there is no quality to measure.
/// </summary>
public sealed class DetectorQosChecker : IChecker
{
    private readonly IReadOnlyList<DetectorPair>? _pairs;
    private readonly long? _detectionTimeMaxMs;
    private readonly long? _endMs;

    /// <param name="pairs">The pairs to measure; null for every pair in the history.</param>
    /// <param name="detectionTimeMaxMs">When set, a detection slower than this (or a crash never detected) is invalid.</param>
    /// <param name="endMs">The end of the observed run; null for the last event's time.</param>
    /// <param name="name">The check's name (one per monitor group, such as the harness's own monitor).</param>
    public DetectorQosChecker(IReadOnlyList<DetectorPair>? pairs = null, long? detectionTimeMaxMs = null, long? endMs = null,
        string name = "detector-qos")
    {
        _pairs = pairs;
        _detectionTimeMaxMs = detectionTimeMaxMs;
        _endMs = endMs;
        Name = name;
    }

    public string Name { get; }

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        var view = new DetectionHistory(history, _endMs);
        if (!view.DetectorsRan && !history.Any(e => e.Type == HistoryType.Crash))
        {
            return CheckResult.Unknown(Name, DetectionHistory.NothingRan);
        }

        IReadOnlyList<DetectorPair> pairs = _pairs ?? DetectorPair.AllFromHistory(history);
        var figures = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var witness = new List<string>();
        var all = new List<PairQos>();
        foreach (DetectorPair pair in pairs)
        {
            PairTimeline timeline = view.Timeline(pair);
            PairQos qos = PairQos.Measure(timeline);
            qos.AddFigures(figures);
            all.Add(qos);
            if (_detectionTimeMaxMs is long maxMs)
            {
                witness.AddRange(SlowDetections(timeline, maxMs));
            }
        }

        AddPooled(figures, all);
        return witness.Count > 0
            ? CheckResult.Invalid(Name, DetectionText.Capped(witness), figures)
            : CheckResult.Valid(Name, figures);
    }

    private static IEnumerable<string> SlowDetections(PairTimeline timeline, long maxMs)
    {
        foreach (CrashDetection crash in timeline.Crashes.Where(c => c.DownUntilMs - c.CrashMs > maxMs))
        {
            string monitor = DetectionText.Who(timeline.Pair.Monitor);
            string monitored = DetectionText.Who(timeline.Pair.Monitored);
            if (crash.DetectionTimeMs is not long detectionMs)
            {
                yield return $"{monitored} crashed at t={DetectionText.Ms(crash.CrashMs)}; {monitor} did not suspect it for good before t={DetectionText.Ms(crash.DownUntilMs)}";
            }
            else if (detectionMs > maxMs)
            {
                yield return $"{monitored} crashed at t={DetectionText.Ms(crash.CrashMs)}; {monitor} suspected it for good only at t={DetectionText.Ms(crash.CrashMs + detectionMs)}: T_D={detectionMs} ms, above {maxMs} ms";
            }
        }
    }

    private static void AddPooled(IDictionary<string, double> figures, List<PairQos> all)
    {
        long observedMs = all.Sum(q => q.ObservedMs);
        long correctMs = all.Sum(q => q.CorrectObservedMs);
        List<long> detections = [.. all.SelectMany(q => q.DetectionTimesMs)];
        List<long> durations = [.. all.SelectMany(q => q.MistakeDurationsMs)];
        List<long> recurrences = [.. all.SelectMany(q => q.MistakeRecurrencesMs)];
        int mistakes = all.Sum(q => q.Mistakes);
        figures["all.pairs"] = all.Count;
        figures["all.crashes"] = all.Sum(q => q.Crashes);
        figures["all.undetected"] = all.Sum(q => q.Undetected);
        figures["all.mistakes"] = mistakes;
        PairQos.Put(figures, "all.T_D_ms", PairQos.Mean(detections));
        PairQos.Put(figures, "all.T_D_max_ms", detections.Count > 0 ? detections.Max() : null);
        PairQos.Put(figures, "all.T_M_ms", PairQos.Mean(durations));
        PairQos.Put(figures, "all.T_MR_ms", PairQos.Mean(recurrences));
        PairQos.Put(figures, "all.P_A", observedMs > 0 ? (double)correctMs / observedMs : null);
        PairQos.Put(figures, "all.mistake_rate_per_s", observedMs > 0 ? mistakes / (observedMs / 1000.0) : null);
    }
}
