using System.Text;

namespace Generals.Harness.Report;

/// <summary>
/// The delay histogram of every link's delivered copies as hand-written SVG: one bar (class "bin") per delay range with
/// its count on hover; a tail far beyond the 99th percentile (a backlog after a partition) goes into one last bar "over"
/// so that it does not squeeze the rest into the first bar.
/// </summary>
public static class LatencyHistogram
{
    /// <summary>
    /// At most this many bars (one more when the first is aligned below the smallest delay, one more for the tail): enough
    /// to show a delay distribution's shape, few enough to read each bar.
    /// </summary>
    public const int BinsMax = 40;

    /// <summary>Bar widths up to 5 x 10^17 ms (millions of years): past any history's delays, and below a long's overflow.</summary>
    private const int PowersOfTenMax = 17;

    private const int WidthPx = 800;
    private const int HeightPx = 160;
    private const int MarginPx = 40;

    public static void Append(StringBuilder html, IReadOnlyList<LinkTraffic> links)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(links);
        long[] delays = [.. links.SelectMany(l => l.DelaysMs).Order()];
        if (delays.Length == 0)
        {
            return;
        }

        long p99 = delays[Math.Clamp((int)Math.Ceiling(0.99 * delays.Length) - 1, 0, delays.Length - 1)];
        long max = delays[^1];
        long top = max <= 4 * Math.Max(1, p99) ? max : p99;
        long low = delays[0];
        long width = BinWidth(top - low + 1);
        low -= low % width;
        int bins = (int)((top - low) / width) + 1;
        var counts = new int[bins + 1];
        foreach (long delay in delays)
        {
            counts[delay > top ? bins : (int)((delay - low) / width)]++;
        }

        int drawn = counts[bins] > 0 ? bins + 1 : bins;
        int highest = counts.Max();
        double barPx = (double)(WidthPx - MarginPx) / drawn;
        html.Append("<p>Delay of every delivered copy, all links (").Append(delays.Length).Append(" copies, ")
            .Append(SpaceTimeDiagram.N(width)).Append(" ms per bar):</p>\n<svg class=\"chart latency\" width=\"").Append(WidthPx)
            .Append("\" height=\"").Append(HeightPx + 34).Append("\">");
        html.Append("<text x=\"0\" y=\"12\">").Append(highest).Append("</text><text x=\"0\" y=\"").Append(HeightPx).Append("\">0</text>");
        for (int i = 0; i < drawn; i++)
        {
            bool over = i == bins;
            long from = low + (i * width);
            double x = MarginPx + (i * barPx);
            double h = (double)counts[i] / highest * (HeightPx - 10);
            html.Append("<rect class=\"bin").Append(over ? " over" : "").Append("\" x=\"").Append(F(x)).Append("\" y=\"").Append(F(HeightPx - h))
                .Append("\" width=\"").Append(F(Math.Max(1, barPx - 1))).Append("\" height=\"").Append(F(h)).Append("\">");
            SpaceTimeDiagram.Title(html, over ? $"over {top} ms: {counts[i]} copies (up to {max} ms)" : $"{from}-{from + width - 1} ms: {counts[i]} copies");
            html.Append("</rect>");
            if (i % Math.Max(1, drawn / 8) == 0 || over)
            {
                html.Append("<text x=\"").Append(F(x)).Append("\" y=\"").Append(HeightPx + 14).Append("\">")
                    .Append(over ? "> " + SpaceTimeDiagram.N(top) : SpaceTimeDiagram.N(from)).Append("</text>");
            }
        }

        html.Append("<text x=\"").Append(MarginPx).Append("\" y=\"").Append(HeightPx + 30).Append("\">delay (ms), bar height: copies</text></svg>\n");
    }

    /// <summary>The smallest of 1, 2, 5, 10, 20, 50, ... ms that cuts <paramref name="spanMs"/> into at most <see cref="BinsMax"/> bars.</summary>
    public static long BinWidth(long spanMs)
    {
        long width = 1;
        for (int power = 0; power <= PowersOfTenMax; power++, width *= 10)
        {
            foreach (long factor in new long[] { 1, 2, 5 })
            {
                if ((spanMs + (width * factor) - 1) / (width * factor) <= BinsMax)
                {
                    return width * factor;
                }
            }
        }

        return Math.Max(1, spanMs);
    }

    private static string F(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
