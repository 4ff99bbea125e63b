using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Generals.Harness.Report;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Report;

public sealed partial class TwoGeneralsMapTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-two-generals-map-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Row(string strategy, int loss, int messengers, int bothAttack, int commanderAlone) =>
        $"{{\"strategy\":{JsonSerializer.Serialize(strategy)},\"loss_percent\":{loss},\"messengers\":{messengers},\"runs\":20,\"both_attack\":{bothAttack},"
        + $"\"both_retreat\":{20 - bothAttack - commanderAlone},\"commander_alone\":{commanderAlone},\"other_alone\":0,\"undecided\":0}}";

    private static string Map(params string[] rows)
    {
        var html = new StringBuilder();
        TwoGeneralsMap.Append(html, "{\"verdict\":\"invalid\",\"tables\":{\"two-generals\":[" + string.Join(',', rows) + "]}}");
        return html.ToString();
    }

    [Fact]
    public void Append_TwoGeneralsSweepSeed1_OneCellPerRowOfResultsJson()
    {
        string folder = Path.Combine(_root, "two-generals");
        RunFolder.Write(ScenarioRunner.RunSim(ScenarioLoader.Load("two-generals"), 1), folder, linkLatest: false);
        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        int rows = results.RootElement.GetProperty("tables").GetProperty(TwoGeneralsMap.TableName).GetArrayLength();

        string html = File.ReadAllText(Path.Combine(folder, RunReport.FileName));

        Assert.True(rows > 100, $"the sweep has {rows} rows");
        Assert.Equal(rows, Regex.Count(html, "<g class=\"cell\">"));
        Assert.Equal(3, Regex.Count(html, "<svg class=\"chart heatmap\""));
    }

    [Fact]
    public void Append_CellWithoutDefeatsAndCellOfOnlyDefeats_DifferentFillsAndCountsAsText()
    {
        string html = Map(Row("always-attack", 0, 1, 20, 0), Row("always-attack", 90, 1, 0, 20));

        MatchCollection cells = Cell().Matches(html);

        Assert.Equal(2, cells.Count);
        Assert.NotEqual(cells[0].Groups["fill"].Value, cells[1].Groups["fill"].Value);
        Assert.Equal(("0/20", "20/20"), (cells[0].Groups["text"].Value, cells[1].Groups["text"].Value));
        Assert.Contains("always-attack, loss 90%, 1 messengers: 20 runs, 0 both attack, 0 both retreat, 20 one alone (A 20, B 0)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_EveryShareOfTwentyRuns_DistinctFillsFromLightGreyToRed()
    {
        string[] fills = [.. Enumerable.Range(0, 21).Select(k => TwoGeneralsMap.Fill(k / 20.0))];

        Assert.Equal(21, fills.Distinct().Count());
        Assert.Equal(("#f7f7f7", "#d62728"), (fills[0], fills[20]));
    }

    [Fact]
    public void Append_StrategyNameWithMarkup_EscapedInHeadingAndHover()
    {
        string html = Map(Row("<script>alert(1)</script>", 10, 2, 18, 2));

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("<h3>&lt;script&gt;alert(1)&lt;/script&gt;</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;, loss 10%", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_ResultsWithoutTheSweepTable_NothingWritten()
    {
        var html = new StringBuilder();

        TwoGeneralsMap.Append(html, "{\"verdict\":\"valid\",\"checks\":[]}");
        TwoGeneralsMap.Append(html, null);
        TwoGeneralsMap.Append(html, "not json");

        Assert.Equal("", html.ToString());
    }

    [GeneratedRegex("<g class=\"cell\"><rect [^>]*fill=\"(?<fill>#[0-9a-f]{6})\">.*?</rect><text [^>]*>(?<text>[0-9]+/[0-9]+)</text></g>")]
    private static partial Regex Cell();
}
