using System.Globalization;
using System.Text;
using Generals.Core.Wire;

namespace Generals.Harness.Report;

/// <summary>
/// The space-time (Lamport) diagram as hand-written SVG: time runs left to right, one horizontal line per general; a
/// line from the sender's row at the send to the receiver's row at the delivery per `deliver` (class "deliver"), a stub
/// per `drop` (class "drop"), marks for the nemesis's copies (duplicate, corrupt, spoof, replay) and decisions, and the
/// ground truth shaded under them. Everything is drawn in milliseconds on x, so zoom and pan only change one transform
/// (report.js); strokes do not scale (vector-effect), so a line stays a line at any zoom.
/// </summary>
public static class SpaceTimeDiagram
{
    /// <summary>Pixels between two generals' rows.</summary>
    public const int RowHeightPx = 56;

    /// <summary>The width the page is drawn for before its script fits it to the window.</summary>
    public const int DefaultWidthPx = 1000;

    private const int MarkHalfPx = 10;

    /// <summary>Appends the diagram's HTML (labels, plot, controls) for <paramref name="lines"/>.</summary>
    public static void Append(StringBuilder html, IReadOnlyList<ReportLine> lines)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(lines);
        List<int> generals = Generals(lines);
        var rows = new Dictionary<int, int>();
        for (int i = 0; i < generals.Count; i++)
        {
            rows[generals[i]] = (RowHeightPx / 2) + (i * RowHeightPx);
        }

        (long startMs, long endMs) = Bounds(lines);
        int heightPx = Math.Max(1, generals.Count) * RowHeightPx;
        html.Append("<div class=\"controls\">from <input id=\"from\" type=\"number\" value=\"").Append(N(startMs))
            .Append("\"> ms to <input id=\"until\" type=\"number\" value=\"").Append(N(endMs))
            .Append("\"> ms <button id=\"apply\">show</button> <button id=\"reset\">whole run</button>")
            .Append(" <span class=\"hint\">wheel: zoom, drag: pan, hover: details</span></div>\n");
        html.Append("<div class=\"diagram\"><svg class=\"lanes\" width=\"90\" height=\"").Append(heightPx + 20).Append("\">");
        foreach (int general in generals)
        {
            html.Append("<text x=\"4\" y=\"").Append(rows[general] + 4).Append("\">general ").Append(general).Append("</text>");
        }

        html.Append("</svg>\n");
        OpenPlot(html, "diagram-plot", startMs, endMs, heightPx);
        html.Append("<g class=\"shades\">");
        foreach (ShadedWindow window in GroundTruthWindows.Of(lines, endMs))
        {
            bool everyRow = window.General == 0 || !rows.ContainsKey(window.General);
            int top = everyRow ? 0 : rows[window.General] - (RowHeightPx / 2);
            html.Append("<rect class=\"shade ").Append(window.Kind).Append("\" x=\"").Append(N(window.FromMs)).Append("\" y=\"").Append(top)
                .Append("\" width=\"").Append(N(Math.Max(0, window.UntilMs - window.FromMs))).Append("\" height=\"")
                .Append(everyRow ? heightPx : RowHeightPx).Append("\">");
            Title(html, window.Title);
            html.Append("</rect>");
        }

        html.Append("</g>\n<g class=\"rows\">");
        foreach (int general in generals)
        {
            Line(html, "row", startMs, rows[general], endMs, rows[general]);
            html.Append("/>");
        }

        html.Append("</g>\n<g class=\"frames\" data-generals=\"").Append(string.Join(',', generals)).Append("\" data-row-px=\"").Append(RowHeightPx).Append("\">\n");
        AppendEvents(html, lines, rows, heightPx);
        html.Append("</g>\n");
        ClosePlot(html);
        html.Append("</div>\n");
    }

    /// <summary>The time every plot of the report spans: the history's first to last line (at least 1 ms).</summary>
    public static (long StartMs, long EndMs) Bounds(IReadOnlyList<ReportLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        long startMs = lines.Count > 0 ? lines.Min(l => l.TimeMs) : 0;
        return (startMs, Math.Max(startMs + 1, lines.Count > 0 ? lines.Max(l => l.TimeMs) : 1));
    }

    /// <summary>Opens a zoomable plot: an svg whose group "view" draws milliseconds on x (report.js moves every plot together).</summary>
    public static void OpenPlot(StringBuilder html, string id, long startMs, long endMs, int heightPx)
    {
        ArgumentNullException.ThrowIfNull(html);
        double scale = (double)DefaultWidthPx / (endMs - startMs);
        html.Append("<svg id=\"").Append(id).Append("\" class=\"plot\" width=\"").Append(DefaultWidthPx).Append("\" height=\"").Append(heightPx + 20)
            .Append("\" data-start=\"").Append(N(startMs)).Append("\" data-end=\"").Append(N(endMs)).Append("\">\n")
            .Append("<g class=\"view\" transform=\"scale(").Append(scale.ToString("R", CultureInfo.InvariantCulture)).Append(",1) translate(")
            .Append(N(-startMs)).Append(",0)\">\n");
    }

    /// <summary>Closes what <see cref="OpenPlot"/> opened, with the axis the script draws.</summary>
    public static void ClosePlot(StringBuilder html) => html.Append("</g>\n<g class=\"axis\"></g>\n</svg>");

    /// <summary>Appends an svg line element's start: class and both ends (x in ms), attribute list left open.</summary>
    public static void Line(StringBuilder html, string kind, long x1, int y1, long x2, int y2) =>
        html.Append("<line class=\"").Append(kind).Append("\" x1=\"").Append(N(x1)).Append("\" y1=\"").Append(y1).Append("\" x2=\"")
            .Append(N(x2)).Append("\" y2=\"").Append(y2).Append('"');

    /// <summary>Appends a title element (hover text), escaped.</summary>
    public static void Title(StringBuilder html, string text)
    {
        html.Append("<title>");
        HtmlText.Append(html, text);
        html.Append("</title>");
    }

    private static void AppendEvents(StringBuilder html, IReadOnlyList<ReportLine> lines, Dictionary<int, int> rows, int heightPx)
    {
        var sends = new SendTimes();
        foreach (ReportLine line in lines)
        {
            bool paired = sends.Follow(line, out long sentMs);
            switch (line.Type)
            {
                case "deliver" when rows.ContainsKey(line.From) && rows.ContainsKey(line.To):
                    Line(html, paired ? "deliver" : "deliver unpaired", paired ? sentMs : line.TimeMs, rows[line.From], line.TimeMs, rows[line.To]);
                    FrameData(html, line);
                    html.Append("/>\n");
                    break;
                case "drop" when rows.ContainsKey(line.From) && rows.ContainsKey(line.To):
                    Stub(html, "drop", line, rows[line.From], rows[line.To]);
                    break;
                case "duplicate" or "corrupt" or "spoof" or "replay" when rows.ContainsKey(line.From) && rows.ContainsKey(line.To):
                    Stub(html, line.Type, line, rows[line.To], rows[line.From]);
                    break;
                case "decide" when rows.ContainsKey(line.General):
                    Mark(html, line.Value == 1 ? "decide attack" : "decide retreat", line, rows[line.General] - MarkHalfPx - 4, rows[line.General] + MarkHalfPx + 4);
                    break;
                case "gst" or "heal" or "timing-break":
                    Mark(html, line.Type, line, 0, heightPx);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// A short vertical mark of a frame's copy on <paramref name="rowY"/>, pointing toward <paramref name="towardY"/>; its
    /// hover text is made by the page's script from its data attributes, like a delivered frame's.
    /// </summary>
    private static void Stub(StringBuilder html, string kind, ReportLine line, int rowY, int towardY)
    {
        int direction = towardY >= rowY ? 1 : -1;
        Line(html, kind, line.TimeMs, rowY, line.TimeMs, rowY + (direction * 2 * MarkHalfPx));
        html.Append(" data-from=\"").Append(line.From).Append("\" data-to=\"").Append(line.To).Append('"');
        FrameData(html, line);
        if (line.Reason.Length > 0)
        {
            html.Append(" data-reason=\"");
            HtmlText.Append(html, line.Reason);
            html.Append('"');
        }

        html.Append("/>\n");
    }

    /// <summary>
    /// A frame's kind, sequence number and payload (when it has one) as data attributes: the page's script writes an
    /// element's hover text from them when the pointer first reaches it, instead of one title element per frame in the file
    /// (a 100,000-event page: half the bytes, and its load event about 2 s sooner in chromium; bench/RESULTS.md).
    /// </summary>
    private static void FrameData(StringBuilder html, ReportLine line)
    {
        html.Append(" data-kind=\"");
        HtmlText.Append(html, line.Kind);
        html.Append("\" data-seq=\"").Append(N(line.Sequence)).Append('"');
        if (line.Payload.Length > 0)
        {
            html.Append(" data-payload=\"");
            HtmlText.Append(html, line.Payload);
            html.Append('"');
        }
    }

    private static void Mark(StringBuilder html, string kind, ReportLine line, int fromY, int untilY)
    {
        Line(html, kind, line.TimeMs, fromY, line.TimeMs, untilY);
        html.Append('>');
        Title(html, line.Text);
        html.Append("</line>\n");
    }

    private static List<int> Generals(IReadOnlyList<ReportLine> lines)
    {
        // 0 is the harness's own monitor and FrameLimits.Broadcast a broadcast: neither is a general's row.
        var ids = new SortedSet<int>();
        foreach (ReportLine line in lines)
        {
            foreach (int id in new[] { line.General, line.From, line.To })
            {
                if (id is > 0 and <= FrameLimits.GeneralIdMax)
                {
                    ids.Add(id);
                }
            }
        }

        return [.. ids];
    }

    /// <summary>A number as the page writes it (invariant culture).</summary>
    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
