using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Generals.Harness.Report;

/// <summary>
/// The Two Generals outcome map from results.json's `tables.two-generals` rows: per strategy a heatmap (hand-written SVG)
/// with a row per loss rate and a column per number of messengers, one cell (class "cell") per row of the table, filled
/// by the share of its runs in which one general attacked alone, with the counts as text and on hover; and a legend.
/// </summary>
public static class TwoGeneralsMap
{
    /// <summary>The table's name in results.json (the experiment's <see cref="Runs.RunTable"/>).</summary>
    public const string TableName = "two-generals";

    private const int CellWidthPx = 40;
    private const int CellHeightPx = 26;
    private const int LabelWidthPx = 40;
    private const int HeaderHeightPx = 34;

    /// <summary>The shares the legend shows a swatch for.</summary>
    private static readonly double[] LegendShares = [0, 0.25, 0.5, 0.75, 1];

    /// <summary>Appends the map when results.json holds the sweep's table; nothing otherwise.</summary>
    public static void Append(StringBuilder html, string? resultsJson)
    {
        ArgumentNullException.ThrowIfNull(html);
        List<SweepCell> cells = Cells(resultsJson);
        if (cells.Count == 0)
        {
            return;
        }

        int[] messengers = [.. cells.Select(c => c.Messengers).Distinct().Order()];
        html.Append("<h2>Two Generals: outcome map</h2>\n<p>Per strategy, a row per loss rate and a column per number ")
            .Append("of messengers; each cell is filled by the share of its runs in which one general attacked alone (the defeat), ")
            .Append("and reads &quot;defeats/runs&quot;. Hover a cell for every outcome. A blank place: the strategy cannot run with that few messengers.</p>\n");
        AppendLegend(html);
        html.Append("<div class=\"maps\">");
        foreach (IGrouping<string, SweepCell> strategy in cells.GroupBy(c => c.Strategy))
        {
            int[] losses = [.. strategy.Select(c => c.LossPercent).Distinct().Order()];
            html.Append("<div><h3>");
            HtmlText.Append(html, strategy.Key);
            html.Append("</h3>\n<svg class=\"chart heatmap\" width=\"").Append(LabelWidthPx + (messengers.Length * CellWidthPx))
                .Append("\" height=\"").Append(HeaderHeightPx + (losses.Length * CellHeightPx)).Append("\">")
                .Append("<text x=\"0\" y=\"28\">loss</text><text x=\"").Append(LabelWidthPx).Append("\" y=\"11\">messengers \u2192</text>");
            for (int column = 0; column < messengers.Length; column++)
            {
                html.Append("<text x=\"").Append(LabelWidthPx + (column * CellWidthPx) + 14).Append("\" y=\"28\">").Append(messengers[column]).Append("</text>");
            }

            for (int row = 0; row < losses.Length; row++)
            {
                int y = HeaderHeightPx + (row * CellHeightPx);
                html.Append("<text x=\"0\" y=\"").Append(y + 17).Append("\">").Append(losses[row]).Append("%</text>");
                foreach (SweepCell cell in strategy.Where(c => c.LossPercent == losses[row]))
                {
                    int x = LabelWidthPx + (Array.IndexOf(messengers, cell.Messengers) * CellWidthPx);
                    html.Append("<g class=\"cell\"><rect x=\"").Append(x).Append("\" y=\"").Append(y).Append("\" width=\"").Append(CellWidthPx - 2)
                        .Append("\" height=\"").Append(CellHeightPx - 2).Append("\" fill=\"").Append(Fill(cell.DefeatShare)).Append("\">");
                    SpaceTimeDiagram.Title(html, cell.Title);
                    html.Append("</rect><text x=\"").Append(x + 4).Append("\" y=\"").Append(y + 17).Append("\"")
                        .Append(cell.DefeatShare > 0.6 ? " class=\"dark\"" : "").Append('>')
                        .Append(cell.Defeats).Append('/').Append(cell.Runs).Append("</text></g>");
                }
            }

            html.Append("</svg></div>\n");
        }

        html.Append("</div>\n");
    }

    /// <summary>
    /// The fill of a share of defeats: from near white (none) to the report's red (every run), straight in RGB; green spans
    /// 208 levels, so two different shares of a cell of up to 200 runs never get the same fill.
    /// </summary>
    public static string Fill(double share)
    {
        double s = Math.Clamp(share, 0, 1);
        int r = (int)Math.Round(247 + ((214 - 247) * s));
        int g = (int)Math.Round(247 + ((39 - 247) * s));
        int b = (int)Math.Round(247 + ((40 - 247) * s));
        return string.Create(CultureInfo.InvariantCulture, $"#{r:x2}{g:x2}{b:x2}");
    }

    private static void AppendLegend(StringBuilder html)
    {
        html.Append("<p class=\"legend\">one general attacked alone, share of the cell's runs: ");
        foreach (double share in LegendShares)
        {
            html.Append("<span><i style=\"background:").Append(Fill(share)).Append(";border:1px solid #ccc\"></i>")
                .Append((share * 100).ToString("0", CultureInfo.InvariantCulture)).Append("%</span>");
        }

        html.Append("</p>\n");
    }

    private static List<SweepCell> Cells(string? resultsJson)
    {
        var cells = new List<SweepCell>();
        if (resultsJson == null)
        {
            return cells;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(resultsJson);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("tables", out JsonElement tables) && tables.ValueKind == JsonValueKind.Object
                && tables.TryGetProperty(TableName, out JsonElement rows) && rows.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement row in rows.EnumerateArray())
                {
                    if (SweepCell.TryRead(row, out SweepCell? cell))
                    {
                        cells.Add(cell);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // The verdict table already says that results.json could not be read.
        }

        return cells;
    }
}
