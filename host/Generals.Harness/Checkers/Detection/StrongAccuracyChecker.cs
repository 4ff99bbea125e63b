using Generals.Harness.History;

namespace Generals.Harness.Checkers.Detection;

/// <summary>
/// Strong accuracy (the perfect detector's half that timeouts cannot promise without synchrony): no monitor ever
/// begins to suspect a General that has not crashed. A paused General has not crashed. Each violation is
/// witnessed by the time, the pair and the monitored General's last delivered heartbeat. Unknown when no detector ran.
/// </summary>
public sealed class StrongAccuracyChecker : IChecker
{
    private readonly IReadOnlyList<DetectorPair>? _pairs;
    private readonly long? _endMs;

    /// <param name="pairs">The pairs to check; null for every pair in the history.</param>
    /// <param name="endMs">The end of the observed run; null for the last event's time.</param>
    public StrongAccuracyChecker(IReadOnlyList<DetectorPair>? pairs = null, long? endMs = null)
    {
        _pairs = pairs;
        _endMs = endMs;
    }

    public string Name => "strong-accuracy";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        var view = new DetectionHistory(history, _endMs);
        if (!view.DetectorsRan)
        {
            return CheckResult.Unknown(Name, DetectionHistory.NothingRan);
        }

        List<Mistake> mistakes = [.. (_pairs ?? DetectorPair.AllFromHistory(history))
            .SelectMany(pair => view.Timeline(pair).Mistakes)
            .OrderBy(m => m.StartMs)];
        var figures = new Dictionary<string, double> { ["mistakes"] = mistakes.Count };
        if (mistakes.Count == 0)
        {
            return CheckResult.Valid(Name, figures);
        }

        figures["first_mistake_ms"] = mistakes[0].StartMs;
        List<string> witness = [.. mistakes.Select(m => Describe(view, m))];
        return CheckResult.Invalid(Name, DetectionText.Capped(witness), figures) with { Violations = [.. mistakes.Select(view.ViolationOf)] };
    }

    internal static string Describe(DetectionHistory view, Mistake mistake)
    {
        string ending = mistake.End switch
        {
            MistakeEnd.Trusted => $"; trusted again at t={DetectionText.Ms(mistake.EndMs)}",
            MistakeEnd.MonitoredCrashed => $"; it crashed at t={DetectionText.Ms(mistake.EndMs)}",
            MistakeEnd.MonitorCrashed => $"; the monitor crashed at t={DetectionText.Ms(mistake.EndMs)}",
            _ => "; still suspected at the end of the run",
        };
        return $"t={DetectionText.Ms(mistake.StartMs)} ms: {DetectionText.Who(mistake.Pair.Monitor)} suspected "
            + $"{DetectionText.Who(mistake.Pair.Monitored)}, {view.WhyWrong(mistake.Pair, mistake.StartMs)}{ending}";
    }
}
