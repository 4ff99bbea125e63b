using System.Text;

namespace Generals.Harness.Report;

/// <summary>
/// report.html of a run folder: one self-contained page (inline SVG, CSS and script; nothing fetched) built from the
/// folder's history.jsonl and results.json alone, so `generals report` remakes it for any folder, old or copied. Each part
/// is a section with an id (verdicts, two-generals, diagram, agreement, detectors, network) to link to or show alone.
/// </summary>
public static class RunReport
{
    public const string FileName = "report.html";

    /// <summary>Reads <paramref name="folder"/>'s history.jsonl and results.json and writes its report.html; returns its path.</summary>
    public static string WriteInto(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string historyPath = Path.Combine(folder, "history.jsonl");
        if (!File.Exists(historyPath))
        {
            throw new FileNotFoundException($"{folder} holds no history.jsonl: not a run folder", historyPath);
        }

        ReportHistory history;
        using (StreamReader reader = File.OpenText(historyPath))
        {
            history = ReportHistory.Read(reader);
        }

        string resultsPath = Path.Combine(folder, "results.json");
        string? results = File.Exists(resultsPath) ? File.ReadAllText(resultsPath) : null;
        string reportPath = Path.Combine(folder, FileName);
        File.WriteAllText(reportPath, Render(history, results, Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar))));
        return reportPath;
    }

    /// <summary>The page for a history and the text of results.json (null when the folder has none).</summary>
    public static string Render(ReportHistory history, string? resultsJson, string title)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(title);
        var html = new StringBuilder(4096 + (history.Lines.Count * 160));
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
        HtmlText.Append(html, "report: " + title);
        html.Append("</title>\n<style>").Append(ReportStyle.Css).Append("</style></head>\n<body>\n<h1>");
        HtmlText.Append(html, title);
        html.Append("</h1>\n");
        html.Append("<section id=\"verdicts\">\n");
        VerdictTable.Append(html, resultsJson);
        html.Append("</section>\n<section id=\"two-generals\">\n");
        TwoGeneralsMap.Append(html, resultsJson);
        html.Append("</section>\n<section id=\"diagram\">\n<h2>Space-time diagram</h2>\n<p>").Append(history.Lines.Count).Append(" history lines");
        if (history.Unreadable > 0)
        {
            html.Append(", <span class=\"missing\">").Append(history.Unreadable).Append(" unreadable lines skipped</span>");
        }

        if (history.LeftOut > 0)
        {
            html.Append(", <span class=\"missing\">").Append(history.LeftOut).Append(" lines past the report's limit left out</span>");
        }

        html.Append(".</p>\n").Append(Legend);
        SpaceTimeDiagram.Append(html, history.Lines);
        html.Append("</section>\n<section id=\"agreement\">\n");
        AgreementTable.Append(html, history.Lines, resultsJson);
        html.Append("</section>\n<section id=\"detectors\">\n");
        DetectorTimeline.Append(html, history.Lines);
        DetectorQosTable.Append(html, resultsJson);
        html.Append("</section>\n<section id=\"network\">\n");
        NetworkSection.Append(html, history.Lines);
        html.Append("</section>\n");
        html.Append("<script>").Append(ReportScript.Js).Append("</script>\n</body></html>\n");
        return html.ToString();
    }

    private const string Legend = "<p class=\"legend\">"
        + "<span><i style=\"background:#2a6fdb\"></i>delivered frame (send to delivery)</span>"
        + "<span><i style=\"background:#d62728\"></i>drop (at the sender, toward the receiver)</span>"
        + "<span><i style=\"background:#9467bd\"></i>duplicate</span><span><i style=\"background:#ff7f0e\"></i>corrupt</span>"
        + "<span><i style=\"background:#e377c2\"></i>spoof</span><span><i style=\"background:#8c564b\"></i>replay</span>"
        + "<span><i style=\"background:#2ca02c\"></i>decide ATTACK</span><span><i style=\"background:#bcbd22\"></i>decide RETREAT</span>"
        + "<span><i style=\"background:#17becf\"></i>GST</span><span><i style=\"background:#d62728;opacity:.5\"></i>timing break</span>"
        + "<span><i style=\"background:#000;opacity:.15\"></i>crashed</span><span><i style=\"background:#ffbf00;opacity:.3\"></i>paused</span>"
        + "<span><i style=\"background:#d62728;opacity:.15\"></i>partition</span><span><i style=\"background:#7f7f7f;opacity:.3\"></i>broker down</span>"
        + "</p>\n";
}
