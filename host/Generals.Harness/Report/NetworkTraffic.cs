namespace Generals.Harness.Report;

/// <summary>The network lines of a history per link, in link order (from, then to).</summary>
public static class NetworkTraffic
{
    /// <summary>Every link that carried a network line, each with its counts and delays.</summary>
    public static IReadOnlyList<LinkTraffic> Of(IReadOnlyList<ReportLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var links = new SortedDictionary<(int From, int To), LinkTraffic>();
        var sends = new SendTimes();
        foreach (ReportLine line in lines)
        {
            bool paired = sends.Follow(line, out long sentMs);
            if (line.Type is not ("send" or "deliver" or "drop" or "duplicate" or "corrupt" or "spoof" or "replay"))
            {
                continue;
            }

            if (!links.TryGetValue((line.From, line.To), out LinkTraffic? link))
            {
                link = new LinkTraffic(line.From, line.To);
                links[(line.From, line.To)] = link;
            }

            link.Count(line, paired, sentMs);
        }

        return [.. links.Values];
    }
}
