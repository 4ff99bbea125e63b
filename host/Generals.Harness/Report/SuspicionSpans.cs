namespace Generals.Harness.Report;

/// <summary>
/// The failure detectors' suspicions of a history, per monitor (0: the harness's own) and peer, each judged against the
/// ground truth: begun inside one of the peer's crash windows (a detection, with its time since the crash: T_D) or not
/// (a mistake, with how long it lasted: T_M).
/// </summary>
public static class SuspicionSpans
{
    public static IReadOnlyList<SuspicionSpan> Of(IReadOnlyList<ReportLine> lines, long endMs)
    {
        ArgumentNullException.ThrowIfNull(lines);
        List<ShadedWindow> crashes = [.. GroundTruthWindows.Of(lines, endMs).Where(w => w.Kind == "crash")];
        var open = new Dictionary<(int Monitor, int Peer), long>();
        var spans = new List<SuspicionSpan>();
        foreach (ReportLine line in lines)
        {
            if (line.Type == "suspect" && !open.ContainsKey((line.General, line.Peer)))
            {
                open[(line.General, line.Peer)] = line.TimeMs;
            }
            else if (line.Type == "trust" && open.Remove((line.General, line.Peer), out long fromMs))
            {
                spans.Add(Span(line.General, line.Peer, fromMs, line.TimeMs, crashes));
            }
        }

        foreach (((int monitor, int peer), long fromMs) in open)
        {
            spans.Add(Span(monitor, peer, fromMs, Math.Max(fromMs, endMs), crashes));
        }

        return [.. spans.OrderBy(s => s.Monitor).ThenBy(s => s.Peer).ThenBy(s => s.FromMs)];
    }

    private static SuspicionSpan Span(int monitor, int peer, long fromMs, long untilMs, List<ShadedWindow> crashes)
    {
        ShadedWindow? crash = crashes.LastOrDefault(c => c.General == peer && c.FromMs <= fromMs && fromMs <= c.UntilMs);
        string who = monitor == 0 ? "the harness's monitor" : $"general {monitor}";
        string title = crash != null
            ? $"{who} suspected {peer} from {fromMs} to {untilMs} ms: detected {fromMs - crash.FromMs} ms after its crash (T_D)"
            : $"{who} suspected {peer} from {fromMs} to {untilMs} ms while it was not crashed: a mistake of {untilMs - fromMs} ms (T_M)";
        return new SuspicionSpan(monitor, peer, fromMs, untilMs, crash == null, title);
    }
}
