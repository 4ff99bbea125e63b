using System.Text;
using System.Text.Json;

namespace Generals.Harness.Report;

/// <summary>
/// The run's header and verdict table from results.json (written by <see cref="Runs.RunFolder"/>): the run's verdict against
/// the scenario's expectation, then one row per check with its verdict, figures and witness.
/// </summary>
public static class VerdictTable
{
    /// <summary>Appends the header and table; a missing or unreadable results.json is said in their place.</summary>
    public static void Append(StringBuilder html, string? resultsJson)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (resultsJson == null)
        {
            html.Append("<p class=\"missing\">This folder has no results.json: no verdicts to show.</p>\n");
            return;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(resultsJson);
            AppendResults(html, document.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            html.Append("<p class=\"missing\">results.json could not be read: ");
            HtmlText.Append(html, e.Message);
            html.Append("</p>\n");
        }
    }

    private static void AppendResults(StringBuilder html, JsonElement root)
    {
        string verdict = Text(root, "verdict");
        html.Append("<p class=\"run\">verdict <span class=\"verdict ").Append(Css(verdict)).Append("\">");
        HtmlText.Append(html, verdict);
        html.Append("</span>, scenario expects <b>");
        HtmlText.Append(html, Text(root, "expected"));
        html.Append("</b>: ");
        bool asExpected = root.TryGetProperty("matches_expectation", out JsonElement m) && m.ValueKind == JsonValueKind.True;
        html.Append(asExpected ? "<span class=\"valid\">as expected</span>" : "<span class=\"invalid\">NOT AS EXPECTED</span>");
        if (root.TryGetProperty("reason", out JsonElement reason))
        {
            html.Append(" (");
            HtmlText.Append(html, reason.ToString());
            html.Append(')');
        }

        html.Append("</p>\n<table class=\"checks\"><tr><th>check</th><th>verdict</th><th>figures</th><th>witness</th></tr>\n");
        if (root.TryGetProperty("checks", out JsonElement checks) && checks.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement check in checks.EnumerateArray())
            {
                string checkVerdict = Text(check, "verdict");
                html.Append("<tr><td>");
                HtmlText.Append(html, Text(check, "name"));
                html.Append("</td><td class=\"verdict ").Append(Css(checkVerdict)).Append("\">");
                HtmlText.Append(html, checkVerdict);
                html.Append("</td><td class=\"figures\">");
                if (check.TryGetProperty("figures", out JsonElement figures) && figures.ValueKind == JsonValueKind.Object)
                {
                    foreach (JsonProperty figure in figures.EnumerateObject())
                    {
                        HtmlText.Append(html, $"{figure.Name} {figure.Value}");
                        html.Append("<br>");
                    }
                }

                html.Append("</td><td class=\"witness\">");
                if (check.TryGetProperty("witness", out JsonElement witness) && witness.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement item in witness.EnumerateArray())
                    {
                        html.Append("<div>");
                        HtmlText.Append(html, item.ToString());
                        html.Append("</div>");
                    }
                }

                html.Append("</td></tr>\n");
            }
        }

        html.Append("</table>\n");
    }

    private static string Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) ? v.ToString() : "";

    /// <summary>A verdict as a CSS class: only the three names, so no text from the file reaches an attribute unescaped.</summary>
    private static string Css(string verdict) => verdict is "valid" or "invalid" or "unknown" ? verdict : "other";
}
