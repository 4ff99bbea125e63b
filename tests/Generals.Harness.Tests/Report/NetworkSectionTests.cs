using System.Text;
using System.Text.RegularExpressions;
using Generals.Harness.Report;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Report;

public sealed partial class NetworkSectionTests : IDisposable
{
    private static readonly string[] Counted = ["send", "deliver", "drop", "duplicate", "corrupt", "spoof", "replay"];

    private readonly string _root = Directory.CreateTempSubdirectory("generals-network-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Frame(long t, string type, int from, int to, long seq) =>
        $"{{\"t\":{t},\"type\":\"{type}\",\"from\":{from},\"to\":{to},\"kind\":\"data\",\"incarnation\":1,\"seq\":{seq},\"instance\":0,\"round\":0,\"hash\":5,\"payload\":\"\"}}";

    private static IReadOnlyList<ReportLine> Lines(params string[] lines) => ReportHistory.Read(new StringReader(string.Join('\n', lines))).Lines;

    private static string Section(params string[] lines)
    {
        var html = new StringBuilder();
        NetworkSection.Append(html, Lines(lines));
        return html.ToString();
    }

    [Fact]
    public void Append_SentThenDropped_CountedAsDroppedNeverAsDelivered()
    {
        string html = Section(Frame(10, "send", 1, 2, 1), Frame(12, "drop", 1, 2, 1), Frame(20, "send", 1, 2, 2), Frame(30, "deliver", 1, 2, 2));

        Assert.Contains("<td class=\"sent\">2</td><td class=\"delivered\">1</td><td class=\"dropped\">1</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_DropThenALaterFrameOfTheSameStamp_DelayFromTheLaterSendAsTheDiagramPairsIt()
    {
        IReadOnlyList<LinkTraffic> links = NetworkTraffic.Of(Lines(
            Frame(10, "send", 1, 2, 1), Frame(12, "drop", 1, 2, 1), Frame(30, "send", 1, 2, 1), Frame(40, "deliver", 1, 2, 1)));

        Assert.Equal([10L], links.Single().DelaysMs);
    }

    [Fact]
    public void Of_DuplicateCopyDeliveredTwice_BothDeliveriesCountedWithTheirDelays()
    {
        IReadOnlyList<LinkTraffic> links = NetworkTraffic.Of(Lines(
            Frame(10, "send", 2, 1, 1), Frame(10, "duplicate", 2, 1, 1), Frame(15, "deliver", 2, 1, 1), Frame(40, "deliver", 2, 1, 1)));

        LinkTraffic link = links.Single();
        Assert.Equal((2, 1, 1, 2, 1, 0), (link.From, link.To, link.Sent, link.Delivered, link.Duplicated, link.Unpaired));
        Assert.Equal([5L, 30L], link.DelaysMs);
    }

    [Fact]
    public void DelayAt_DelaysOneToHundred_MinMedianP99AndMaxByNearestRank()
    {
        var link = new LinkTraffic(1, 2);
        foreach (ReportLine line in Lines([.. Enumerable.Range(1, 100).Select(i => Frame(i, "deliver", 1, 2, i))]))
        {
            link.Count(line, paired: true, sentMs: 0);
        }

        Assert.Equal((1L, 50L, 99L, 100L), (link.DelayAt(0), link.DelayAt(0.5), link.DelayAt(0.99), link.DelayAt(1)));
    }

    [Fact]
    public void Append_DelaysFarPastTheP99_TailInOneLastBarAndEveryCopyInSomeBar()
    {
        string[] lines = [.. Enumerable.Range(1, 200).SelectMany(i => new[] { Frame(i, "send", 1, 2, i), Frame(i + 10 + (i % 7), "deliver", 1, 2, i) }),
            Frame(300, "send", 1, 2, 999), Frame(5300, "deliver", 1, 2, 999)];

        string html = Section(lines);

        Assert.Equal(1, Regex.Count(html, "<rect class=\"bin over\""));
        Assert.Equal(201, BinCount().Matches(html).Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Append_FairLossLinkSimSeed1_EachLinksCountsEqualTheHistorysLines()
    {
        string folder = Path.Combine(_root, "fair-loss-link");
        RunFolder.Write(ScenarioRunner.RunSim(ScenarioLoader.Load("fair-loss-link"), 1), folder, linkLatest: false);
        string[] history = File.ReadAllLines(Path.Combine(folder, "history.jsonl"));
        string html = File.ReadAllText(Path.Combine(folder, RunReport.FileName));

        MatchCollection rows = LinkRow().Matches(html);

        Assert.NotEmpty(rows);
        Assert.Contains(history, l => l.Contains("\"type\":\"drop\"", StringComparison.Ordinal));
        Assert.Contains(history, l => l.Contains("\"type\":\"duplicate\"", StringComparison.Ordinal));
        foreach (Match row in rows)
        {
            string link = $"\"from\":{row.Groups["from"].Value},\"to\":{row.Groups["to"].Value},";
            for (int i = 0; i < Counted.Length; i++)
            {
                int expected = history.Count(l => l.Contains($"\"type\":\"{Counted[i]}\",{link}", StringComparison.Ordinal));
                Assert.Equal(expected, int.Parse(row.Groups["n"].Captures[i].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(history.Count(l => l.Contains("\"type\":\"send\"", StringComparison.Ordinal)),
            rows.Sum(r => int.Parse(r.Groups["n"].Captures[0].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex("<title>[^<]*: ([0-9]+) copies")]
    private static partial Regex BinCount();

    [GeneratedRegex("<tr class=\"link\"><td>(?<from>[0-9]+) \u2192 (?<to>[0-9]+)</td>(?:<td class=\"[a-z]+\">(?<n>[0-9]+)</td>){7}")]
    private static partial Regex LinkRow();
}
