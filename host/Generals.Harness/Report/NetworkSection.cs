using System.Text;
using Generals.Core.Wire;

namespace Generals.Harness.Report;

/// <summary>
/// The nemesis and network section: per link (from -> to) the copies sent, delivered, dropped and the nemesis's extra or
/// altered copies, with the delay of the delivered ones (min, median, p99, max), then <see cref="LatencyHistogram"/> of
/// every link's delays. Counts come from the history's network lines; delays pair each deliver with its send the way the
/// diagram does (<see cref="SendTimes"/>).
/// </summary>
public static class NetworkSection
{
    public static void Append(StringBuilder html, IReadOnlyList<ReportLine> lines)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(lines);
        IReadOnlyList<LinkTraffic> links = NetworkTraffic.Of(lines);
        html.Append("<h2>Nemesis and network</h2>\n");
        if (links.Count == 0)
        {
            html.Append("<p>No frame crossed the network in this run's history.</p>\n");
            return;
        }

        html.Append("<p>").Append(links.Sum(l => l.Sent)).Append(" copies sent (one per receiver), ").Append(links.Sum(l => l.Delivered))
            .Append(" delivered (the nemesis's extra copies included), ").Append(links.Sum(l => l.Dropped))
            .Append(" dropped. Delay: a delivery's time minus the time of the send it pairs with, as in the diagram.");
        int unpaired = links.Sum(l => l.Unpaired);
        if (unpaired > 0)
        {
            html.Append(" <span class=\"missing\">").Append(unpaired).Append(" deliveries with no send before them have no delay.</span>");
        }

        html.Append("</p>\n<table class=\"network\"><tr><th>link</th><th>sent</th><th>delivered</th><th>dropped</th><th>duplicated</th>")
            .Append("<th>corrupted</th><th>spoofed</th><th>replayed</th><th>delay min</th><th>median</th><th>p99</th><th>max (ms)</th></tr>\n");
        foreach (LinkTraffic link in links)
        {
            html.Append("<tr class=\"link\"><td>").Append(Id(link.From)).Append(" \u2192 ").Append(Id(link.To)).Append("</td>");
            Cell(html, "sent", link.Sent);
            Cell(html, "delivered", link.Delivered);
            Cell(html, "dropped", link.Dropped);
            Cell(html, "duplicated", link.Duplicated);
            Cell(html, "corrupted", link.Corrupted);
            Cell(html, "spoofed", link.Spoofed);
            Cell(html, "replayed", link.Replayed);
            if (link.DelaysMs.Count == 0)
            {
                html.Append("<td colspan=\"4\" class=\"delay\">-</td>");
            }
            else
            {
                Cell(html, "delay", link.DelayAt(0));
                Cell(html, "delay", link.DelayAt(0.5));
                Cell(html, "delay", link.DelayAt(0.99));
                Cell(html, "delay", link.DelayAt(1));
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
        LatencyHistogram.Append(html, links);
    }

    private static void Cell(StringBuilder html, string kind, long value) =>
        html.Append("<td class=\"").Append(kind).Append("\">").Append(SpaceTimeDiagram.N(value)).Append("</td>");

    // 0 is the harness (its control frames) and FrameLimits.Broadcast a broadcast; neither is a general.
    private static string Id(int general) => general switch
    {
        0 => "harness",
        FrameLimits.Broadcast => "all",
        _ => SpaceTimeDiagram.N(general),
    };
}
