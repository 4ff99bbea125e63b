using System.Globalization;
using System.Net;
using System.Text;

namespace Generals.Cli.Serve;

/// <summary>The page at `/`: the form that starts a live emulated run, the live runs, and every run folder of the store, newest first, coloured by verdict.</summary>
public static class RunListPage
{
    /// <summary>The page for <paramref name="rows"/> of the store <paramref name="store"/>, the built-ins a live run can start, and the live sessions.</summary>
    public static string Render(string store, IReadOnlyList<RunRow> rows, IReadOnlyList<string> builtIns, IReadOnlyList<LiveSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(builtIns);
        ArgumentNullException.ThrowIfNull(sessions);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Generals Lab: runs</title><style>").Append(ServeStyle.Css).Append("</style></head><body>");
        html.Append("<h1>Runs in ").Append(E(store)).Append("</h1>");
        html.Append("<h2>Start a live emulated run</h2><form id=\"start\" method=\"post\" action=\"/live\"><label>scenario <select name=\"scenario\" id=\"scenario\">");
        foreach (string name in builtIns)
        {
            html.Append("<option>").Append(E(name)).Append("</option>");
        }

        html.Append("</select></label> <label>seed <input name=\"seed\" id=\"seed\" size=\"12\" placeholder=\"random\"></label> ")
            .Append("<button type=\"submit\" id=\"start-run\">start emulated run</button></form>");
        if (sessions.Count > 0)
        {
            html.Append("<h2>Live runs</h2><table><tr><th>run</th><th>scenario</th><th>seed</th><th>state</th><th>outcome</th></tr>");
            foreach (LiveSession s in sessions)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"/live/{s.Id}\">live {s.Id}</a></td><td>{E(s.Scenario)}</td><td>{s.Seed}</td><td>{E(s.State)}</td><td>{E(s.Outcome)}</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>Run folders ({rows.Count}{(rows.Count == StoreRuns.RunsListedMax ? ", the newest" : "")})</h2>");
        html.Append("<table id=\"runs\"><tr><th>run folder</th><th>scenario</th><th>mode</th><th>seed</th><th>verdict</th><th>expected</th><th></th><th>written (UTC)</th></tr>");
        foreach (RunRow row in rows)
        {
            string verdict = row.Verdict is "valid" or "invalid" or "unknown" ? row.Verdict : "other";
            string match = row.AsExpected ? "as-expected" : "not-as-expected";
            string href = "/runs/" + string.Join('/', row.Path.Split('/').Select(Uri.EscapeDataString)) + "/report.html";
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"run {verdict} {match}\"><td><a href=\"{E(href)}\">{E(row.Path)}</a></td><td>{E(row.Scenario)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{E(row.Mode)}</td><td>{E(row.Seed)}</td><td class=\"verdict\">{E(row.Verdict)}</td><td>{E(row.Expected)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"match {match}\">{(row.AsExpected ? "as expected" : "NOT AS EXPECTED")}</td><td>{row.WrittenUtc:yyyy-MM-dd HH:mm:ss}</td></tr>");
        }

        html.Append("</table></body></html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
