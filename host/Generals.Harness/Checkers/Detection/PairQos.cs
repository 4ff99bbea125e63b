namespace Generals.Harness.Checkers.Detection;

/// <summary>
/// The quality-of-service figures of one pair (Chen, Toueg and Aguilera 2002), measured from its timeline.
/// Times in milliseconds; a figure that cannot be measured (no crash, fewer than two mistakes) is null.
/// </summary>
public sealed record PairQos(
    DetectorPair Pair,
    long ObservedMs,
    long CorrectObservedMs,
    int Crashes,
    int Undetected,
    IReadOnlyList<long> DetectionTimesMs,
    IReadOnlyList<long> MistakeDurationsMs,
    IReadOnlyList<long> MistakeRecurrencesMs,
    int Mistakes)
{
    /// <summary>Mean detection time T_D over the detected crashes.</summary>
    public double? DetectionTimeMs => Mean(DetectionTimesMs);

    /// <summary>Mean mistake duration T_M over the mistakes that ended (trusted again, or the peer crashed).</summary>
    public double? MistakeDurationMs => Mean(MistakeDurationsMs);

    /// <summary>Mean mistake recurrence time T_MR: between the starts of consecutive mistakes.</summary>
    public double? MistakeRecurrenceMs => Mean(MistakeRecurrencesMs);

    /// <summary>Query accuracy probability P_A: the fraction of observed time (monitor up, peer not crashed) it was trusted.</summary>
    public double? QueryAccuracy => ObservedMs > 0 ? (double)CorrectObservedMs / ObservedMs : null;

    /// <summary>Average mistake rate lambda_M: mistakes per second of observed time.</summary>
    public double? MistakeRatePerS => ObservedMs > 0 ? Mistakes / (ObservedMs / 1000.0) : null;

    /// <summary>Measures a pair from its timeline.</summary>
    public static PairQos Measure(PairTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        long observedMs = 0;
        long correctMs = 0;
        foreach (PairSpan span in timeline.Spans.Where(s => s.Observed))
        {
            observedMs += span.DurationMs;
            correctMs += span.Suspected ? 0 : span.DurationMs;
        }

        List<long> detections = [.. timeline.Crashes.Select(c => c.DetectionTimeMs).OfType<long>()];
        List<long> durations = [.. timeline.Mistakes
            .Where(m => m.End is MistakeEnd.Trusted or MistakeEnd.MonitoredCrashed)
            .Select(m => m.DurationMs)];
        List<long> recurrences = [.. timeline.Mistakes.Zip(timeline.Mistakes.Skip(1), (a, b) => b.StartMs - a.StartMs)];
        return new PairQos(timeline.Pair, observedMs, correctMs, timeline.Crashes.Count,
            timeline.Crashes.Count - detections.Count, detections, durations, recurrences, timeline.Mistakes.Count);
    }

    /// <summary>Adds this pair's figures to <paramref name="figures"/> under keys such as "2->3.T_D_ms".</summary>
    public void AddFigures(IDictionary<string, double> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        string key = Pair.Key;
        figures[$"{key}.observed_s"] = ObservedMs / 1000.0;
        figures[$"{key}.crashes"] = Crashes;
        figures[$"{key}.undetected"] = Undetected;
        figures[$"{key}.mistakes"] = Mistakes;
        Put(figures, $"{key}.T_D_ms", DetectionTimeMs);
        Put(figures, $"{key}.T_D_max_ms", DetectionTimesMs.Count > 0 ? DetectionTimesMs.Max() : null);
        Put(figures, $"{key}.T_M_ms", MistakeDurationMs);
        Put(figures, $"{key}.T_M_max_ms", MistakeDurationsMs.Count > 0 ? MistakeDurationsMs.Max() : null);
        Put(figures, $"{key}.T_MR_ms", MistakeRecurrenceMs);
        Put(figures, $"{key}.P_A", QueryAccuracy);
        Put(figures, $"{key}.mistake_rate_per_s", MistakeRatePerS);
    }

    internal static double? Mean(IReadOnlyCollection<long> values) => values.Count > 0 ? values.Average() : null;

    internal static void Put(IDictionary<string, double> figures, string key, double? value)
    {
        if (value is double v)
        {
            figures[key] = v;
        }
    }
}
