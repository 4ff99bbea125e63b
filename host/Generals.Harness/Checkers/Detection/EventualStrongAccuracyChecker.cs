using Generals.Harness.History;

namespace Generals.Harness.Checkers.Detection;

/// <summary>
/// Eventual strong accuracy (the eventually perfect detector): there is a time after which no General that has
/// not crashed is suspected. "Eventually" is bounded by the run: from GST plus a settle margin to the end of the
/// run, no wrongful suspicion may be in effect, whether it began after GST or began before and never ended.
/// Without a <c>gst</c> event the run counts as synchronous from its start (GST = 0). Unknown when no detector ran.
/// </summary>
public sealed class EventualStrongAccuracyChecker : IChecker
{
    private readonly long _settleMarginMs;
    private readonly IReadOnlyList<DetectorPair>? _pairs;
    private readonly long? _endMs;

    /// <param name="settleMarginMs">How long after GST mistakes may still start or last (the detector adapting).</param>
    /// <param name="pairs">The pairs to check; null for every pair in the history.</param>
    /// <param name="endMs">The end of the observed run; null for the last event's time.</param>
    public EventualStrongAccuracyChecker(long settleMarginMs, IReadOnlyList<DetectorPair>? pairs = null, long? endMs = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(settleMarginMs);
        _settleMarginMs = settleMarginMs;
        _pairs = pairs;
        _endMs = endMs;
    }

    public string Name => "eventual-strong-accuracy";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        var view = new DetectionHistory(history, _endMs);
        if (!view.DetectorsRan)
        {
            return CheckResult.Unknown(Name, DetectionHistory.NothingRan);
        }

        long gstMs = view.GstMs ?? 0;
        long settledMs = gstMs + _settleMarginMs;
        List<Mistake> mistakes = [.. (_pairs ?? DetectorPair.AllFromHistory(history))
            .SelectMany(pair => view.Timeline(pair).Mistakes)
            .OrderBy(m => m.StartMs)];
        var figures = new Dictionary<string, double>
        {
            ["gst_ms"] = gstMs,
            ["settled_ms"] = settledMs,
            ["mistakes_before_gst"] = mistakes.Count(m => m.StartMs < gstMs),
            ["mistakes_after_gst"] = mistakes.Count(m => m.StartMs >= gstMs),
        };
        if (mistakes.Count > 0)
        {
            figures["last_mistake_start_ms"] = mistakes[^1].StartMs;
        }

        // A mistake "in effect" after settling: it started later, or it had not ended by then.
        List<Mistake> late = [.. mistakes.Where(m => m.StartMs >= settledMs || m.EndMs > settledMs)];
        if (late.Count > 0)
        {
            List<string> witness = [.. late.Select(m => Describe(view, m, gstMs, settledMs))];
            return CheckResult.Invalid(Name, DetectionText.Capped(witness), figures) with { Violations = [.. late.Select(view.ViolationOf)] };
        }

        if (view.EndMs <= settledMs)
        {
            return new CheckResult(Name, Verdict.Unknown, figures,
                [$"the run ended at t={DetectionText.Ms(view.EndMs)}, before GST (t={DetectionText.Ms(gstMs)}) plus the settle margin of {_settleMarginMs} ms"]);
        }

        return CheckResult.Valid(Name, figures);
    }

    private static string Describe(DetectionHistory view, Mistake mistake, long gstMs, long settledMs)
    {
        string when = mistake.StartMs >= settledMs
            ? $"after GST (t={DetectionText.Ms(gstMs)}) and the settle margin (t={DetectionText.Ms(settledMs)})"
            : $"before t={DetectionText.Ms(settledMs)} (GST t={DetectionText.Ms(gstMs)} plus margin) and still in effect then";
        return $"{StrongAccuracyChecker.Describe(view, mistake)}; the suspicion began {when}";
    }
}
