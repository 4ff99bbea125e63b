using Generals.Harness.History;

namespace Generals.Harness.Checkers.Detection;

/// <summary>
/// Strong completeness: every General that crashed for good is eventually suspected, permanently, by every
/// monitor that is still up. "Eventually permanently" is bounded by the run: the monitor must suspect without
/// interruption over the last <c>marginMs</c> of the run. A crash (or a monitor restart) within that margin
/// of the end is too late to tell: unknown. A run in which no General crashed for good is unknown (nothing to judge); a crash no
/// monitor suspected is a violation even when no detector ran.
/// </summary>
public sealed class StrongCompletenessChecker : IChecker
{
    private readonly long _marginMs;
    private readonly IReadOnlyList<DetectorPair>? _pairs;
    private readonly long? _endMs;

    /// <param name="marginMs">How long before the end of the run the permanent suspicion must already hold.</param>
    /// <param name="pairs">The pairs to check; null for every pair in the history.</param>
    /// <param name="endMs">The end of the observed run; null for the last event's time.</param>
    public StrongCompletenessChecker(long marginMs, IReadOnlyList<DetectorPair>? pairs = null, long? endMs = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(marginMs);
        _marginMs = marginMs;
        _pairs = pairs;
        _endMs = endMs;
    }

    public string Name => "strong-completeness";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        var view = new DetectionHistory(history, _endMs);
        long deadlineMs = view.EndMs - _marginMs;
        var witness = new List<string>();
        var violations = new List<Violation>();
        var unknown = new List<string>();
        var figures = new SortedDictionary<string, double>(StringComparer.Ordinal);
        int checkedPairs = 0;
        foreach (DetectorPair pair in _pairs ?? DetectorPair.AllFromHistory(history))
        {
            if (!view.IsCrashedAtEnd(pair.Monitored) || view.IsCrashedAtEnd(pair.Monitor))
            {
                continue;
            }

            PairTimeline timeline = view.Timeline(pair);
            CrashDetection crash = timeline.Crashes[^1];
            string monitor = DetectionText.Who(pair.Monitor);
            string monitored = DetectionText.Who(pair.Monitored);
            string crashed = $"{monitored} crashed at t={DetectionText.Ms(crash.CrashMs)}";
            if (crash.CrashMs > deadlineMs || view.LastFault(pair.Monitor, HistoryType.Restart) > deadlineMs)
            {
                unknown.Add($"{crashed}; the run ended at t={DetectionText.Ms(view.EndMs)}, within the margin of {_marginMs} ms: too early to tell whether {monitor} suspects it for good");
                continue;
            }

            checkedPairs++;
            if (crash.PermanentSuspicionFromMs is not long fromMs)
            {
                long lastTrustMs = view.Trusts(pair).LastOrDefault()?.TimeMs ?? -1;
                string trusted = lastTrustMs >= crash.CrashMs ? $", trusted it again at t={DetectionText.Ms(lastTrustMs)}" : string.Empty;
                witness.Add($"{crashed} and never restarted; {monitor} did not suspect it at the end of the run (t={DetectionText.Ms(view.EndMs)}){trusted}");
                violations.Add(new Violation(crash.CrashMs, view.EndMs, [pair.Monitor, pair.Monitored]));
            }
            else if (fromMs > deadlineMs)
            {
                unknown.Add($"{crashed}; {monitor} suspects it only since t={DetectionText.Ms(fromMs)}, within {_marginMs} ms of the end: too early to call it permanent");
            }
            else
            {
                figures[$"{pair.Key}.T_D_ms"] = crash.DetectionTimeMs ?? 0;
            }
        }

        figures["checked_pairs"] = checkedPairs;
        if (witness.Count > 0)
        {
            return CheckResult.Invalid(Name, DetectionText.Capped(witness), figures) with { Violations = violations };
        }

        if (checkedPairs == 0 && unknown.Count == 0)
        {
            unknown.Add("no general crashed for good while a monitor stayed up: completeness has nothing to judge");
        }

        if (unknown.Count > 0)
        {
            return new CheckResult(Name, Verdict.Unknown, figures, DetectionText.Capped(unknown));
        }

        return CheckResult.Valid(Name, figures);
    }
}
