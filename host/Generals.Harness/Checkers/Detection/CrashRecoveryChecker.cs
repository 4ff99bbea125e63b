using Generals.Harness.History;

namespace Generals.Harness.Checkers.Detection;

/// <summary>
/// Crash-recovery: after a General restarts, every monitor that stays up trusts it again under its new
/// incarnation (a trust event carrying an incarnation at least the one the General booted with), and still
/// trusts it at its next crash or the end of the run. Optionally, a downtime long enough must have been
/// suspected first. Figures: "2->3.T_R_ms", restart to renewed trust. Unknown without any restart.
/// </summary>
public sealed class CrashRecoveryChecker : IChecker
{
    private readonly long _marginMs;
    private readonly long? _suspicionRequiredAfterMs;
    private readonly IReadOnlyList<DetectorPair>? _pairs;
    private readonly long? _endMs;

    /// <param name="marginMs">How long after a restart the renewed trust may take; a restart closer to the end is unknown.</param>
    /// <param name="suspicionRequiredAfterMs">When set, a downtime at least this long must have been suspected before the restart.</param>
    /// <param name="pairs">The pairs to check; null for every pair in the history.</param>
    /// <param name="endMs">The end of the observed run; null for the last event's time.</param>
    public CrashRecoveryChecker(long marginMs, long? suspicionRequiredAfterMs = null, IReadOnlyList<DetectorPair>? pairs = null, long? endMs = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(marginMs);
        _marginMs = marginMs;
        _suspicionRequiredAfterMs = suspicionRequiredAfterMs;
        _pairs = pairs;
        _endMs = endMs;
    }

    public string Name => "crash-recovery";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        var view = new DetectionHistory(history, _endMs);
        var witness = new List<string>();
        var violations = new List<Violation>();
        var unknown = new List<string>();
        var figures = new SortedDictionary<string, double>(StringComparer.Ordinal);
        int restarts = 0;
        foreach (DetectorPair pair in _pairs ?? DetectorPair.AllFromHistory(history))
        {
            PairTimeline timeline = view.Timeline(pair);
            var recoveries = new List<long>();
            foreach (CrashDetection crash in timeline.Crashes.Where(c => c.Restarted))
            {
                restarts++;
                int found = witness.Count;
                CheckOne(view, timeline, crash, witness, unknown, recoveries);
                if (witness.Count > found)
                {
                    violations.Add(new Violation(crash.CrashMs, view.EndMs, [pair.Monitor, pair.Monitored]));
                }
            }

            PairQos.Put(figures, $"{pair.Key}.T_R_ms", PairQos.Mean(recoveries));
        }

        figures["restarts"] = restarts;
        if (witness.Count > 0)
        {
            return CheckResult.Invalid(Name, DetectionText.Capped(witness), figures) with { Violations = violations };
        }

        if (restarts == 0)
        {
            unknown.Add("no general restarted after a crash: crash-recovery detection has nothing to judge");
        }

        if (unknown.Count > 0)
        {
            return new CheckResult(Name, Verdict.Unknown, figures, DetectionText.Capped(unknown));
        }

        return CheckResult.Valid(Name, figures);
    }

    private void CheckOne(DetectionHistory view, PairTimeline timeline, CrashDetection crash, List<string> witness,
        List<string> unknown, List<long> recoveries)
    {
        DetectorPair pair = timeline.Pair;
        long restartMs = crash.DownUntilMs;
        string monitor = DetectionText.Who(pair.Monitor);
        string monitored = DetectionText.Who(pair.Monitored);
        long? incarnation = view.IncarnationBootedAfter(pair.Monitored, restartMs);
        string restarted = $"{monitored} crashed at t={DetectionText.Ms(crash.CrashMs)} and restarted at t={DetectionText.Ms(restartMs)}"
            + (incarnation is long k ? $" as incarnation {k}" : string.Empty);

        // The renewed trust must show before the next crash of the monitored General or the end of the run;
        // a monitor that is down at the restart or crashes first has no say.
        long monitoredCrashMs = FirstSpanStart(timeline, restartMs, s => s.Monitored == NodeCondition.Crashed, view.EndMs);
        long monitorCrashMs = FirstSpanStart(timeline, restartMs, s => !s.MonitorUp, view.EndMs);
        if (monitorCrashMs < view.EndMs && monitorCrashMs <= monitoredCrashMs)
        {
            return;
        }

        long untilMs = monitoredCrashMs;
        if (_suspicionRequiredAfterMs is long requiredMs && restartMs - crash.CrashMs >= requiredMs
            && !timeline.Spans.Any(s => s.Suspecting && s.EndMs > crash.CrashMs && s.StartMs < restartMs))
        {
            witness.Add($"{restarted}; {monitor} never suspected it while it was down ({restartMs - crash.CrashMs} ms)");
        }

        HistoryEvent? trust = view.Trusts(pair).FirstOrDefault(e => e.TimeMs >= restartMs && e.TimeMs <= untilMs
            && (incarnation is not long required || e.PeerIncarnation >= required));
        bool trustedAtEnd = !timeline.Spans.Where(s => s.StartMs < untilMs).Select(s => s.Suspecting).LastOrDefault();
        if (trust is not null && trustedAtEnd)
        {
            recoveries.Add(trust.TimeMs - restartMs);
            return;
        }

        if (untilMs - restartMs < _marginMs)
        {
            unknown.Add($"{restarted}; the window to t={DetectionText.Ms(untilMs)} is shorter than the margin of {_marginMs} ms to see {monitor} trust it again");
            return;
        }

        witness.Add(trust is null
            ? $"{restarted}; {monitor} never trusted it again under the new incarnation by t={DetectionText.Ms(untilMs)}"
            : $"{restarted}; {monitor} trusted it at t={DetectionText.Ms(trust.TimeMs)} but suspected it again, still at t={DetectionText.Ms(untilMs)}");
    }

    private static long FirstSpanStart(PairTimeline timeline, long fromMs, Func<PairSpan, bool> predicate, long endMs) =>
        timeline.Spans.Where(s => s.StartMs >= fromMs && predicate(s)).Select(s => (long?)s.StartMs).FirstOrDefault() ?? endMs;
}
