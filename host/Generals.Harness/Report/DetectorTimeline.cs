using System.Text;

namespace Generals.Harness.Report;

/// <summary>
/// The failure-detector timeline: one row per monitor and peer that ever suspected, the peer's crash and pause windows
/// shaded under it, each suspicion a bar (class "suspected", plus "mistake" when the peer was not crashed), on the
/// diagram's time axis (the page's script zooms both together).
/// </summary>
public static class DetectorTimeline
{
    private const int RowHeightPx = 28;

    public static void Append(StringBuilder html, IReadOnlyList<ReportLine> lines)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(lines);
        (long startMs, long endMs) = SpaceTimeDiagram.Bounds(lines);
        IReadOnlyList<SuspicionSpan> spans = SuspicionSpans.Of(lines, endMs);
        List<(int Monitor, int Peer)> pairs = [.. spans.Select(s => (s.Monitor, s.Peer)).Distinct()];
        html.Append("<h2>Failure detectors</h2>\n");
        if (pairs.Count == 0)
        {
            html.Append("<p>No failure detector suspected anyone in this run.</p>\n");
            return;
        }

        int mistakes = spans.Count(s => s.Mistake);
        html.Append("<p>").Append(spans.Count).Append(" suspicions, ").Append(mistakes)
            .Append(" of them mistakes (the peer was not crashed). Shaded: the peer crashed or paused.</p>\n");
        int heightPx = pairs.Count * RowHeightPx;
        html.Append("<div class=\"diagram\"><svg class=\"lanes\" width=\"90\" height=\"").Append(heightPx + 20).Append("\">");
        for (int i = 0; i < pairs.Count; i++)
        {
            string monitor = pairs[i].Monitor == 0 ? "harness" : pairs[i].Monitor.ToString(System.Globalization.CultureInfo.InvariantCulture);
            html.Append("<text x=\"4\" y=\"").Append((i * RowHeightPx) + 18).Append("\">").Append(monitor).Append(" \u2192 ").Append(pairs[i].Peer).Append("</text>");
        }

        html.Append("</svg>\n");
        SpaceTimeDiagram.OpenPlot(html, "detector-plot", startMs, endMs, heightPx);
        IReadOnlyList<ShadedWindow> windows = GroundTruthWindows.Of(lines, endMs);
        for (int i = 0; i < pairs.Count; i++)
        {
            int top = i * RowHeightPx;
            foreach (ShadedWindow window in windows.Where(w => w.General == pairs[i].Peer && w.Kind is "crash" or "pause"))
            {
                Rect(html, "shade " + window.Kind, window.FromMs, window.UntilMs, top, RowHeightPx, window.Title);
            }

            foreach (SuspicionSpan span in spans.Where(s => s.Monitor == pairs[i].Monitor && s.Peer == pairs[i].Peer))
            {
                Rect(html, span.Mistake ? "suspected mistake" : "suspected", span.FromMs, span.UntilMs, top + 8, RowHeightPx - 16, span.Title);
            }
        }

        SpaceTimeDiagram.ClosePlot(html);
        html.Append("</div>\n");
    }

    private static void Rect(StringBuilder html, string kind, long fromMs, long untilMs, int top, int heightPx, string title)
    {
        html.Append("<rect class=\"").Append(kind).Append("\" x=\"").Append(SpaceTimeDiagram.N(fromMs)).Append("\" y=\"").Append(top)
            .Append("\" width=\"").Append(SpaceTimeDiagram.N(Math.Max(1, untilMs - fromMs))).Append("\" height=\"").Append(heightPx).Append("\">");
        SpaceTimeDiagram.Title(html, title);
        html.Append("</rect>\n");
    }
}
