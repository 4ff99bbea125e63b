using System.Text.RegularExpressions;
using Generals.Harness.Report;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Report;

public sealed partial class RunReportBuiltInTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-report-").FullName;

    public static TheoryData<string> BuiltIns() => [.. ScenarioLoader.BuiltInNames()];

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Write_BuiltInSimSeed1_OneArrowPerDeliverAndOneDropMarkPerDrop(string scenario)
    {
        string folder = Path.Combine(_root, scenario);

        RunFolder.Write(ScenarioRunner.RunSim(ScenarioLoader.Load(scenario), 1), folder, linkLatest: false);

        string history = File.ReadAllText(Path.Combine(folder, "history.jsonl"));
        string html = File.ReadAllText(Path.Combine(folder, RunReport.FileName));
        Assert.Equal(DeliverLine().Count(history), DeliverArrow().Count(html));
        Assert.Equal(DropLine().Count(history), DropMark().Count(html));
        Assert.DoesNotContain("deliver unpaired", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Write_BuiltInSimSeed1_OneDecisionMarkPerDecideAndOneSuspicionBarPerSuspect(string scenario)
    {
        string folder = Path.Combine(_root, scenario);

        RunFolder.Write(ScenarioRunner.RunSim(ScenarioLoader.Load(scenario), 1), folder, linkLatest: false);

        string history = File.ReadAllText(Path.Combine(folder, "history.jsonl"));
        string html = File.ReadAllText(Path.Combine(folder, RunReport.FileName));
        Assert.Equal(Regex.Count(history, "\"type\":\"decide\""), Regex.Count(html, "<line class=\"decide "));
        Assert.Equal(Regex.Count(history, "\"type\":\"suspect\""), Regex.Count(html, "<rect class=\"suspected"));
    }

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Write_BuiltInSimSeed1_NothingLoadedFromTheNetwork(string scenario)
    {
        string folder = Path.Combine(_root, scenario);

        RunFolder.Write(ScenarioRunner.RunSim(ScenarioLoader.Load(scenario), 1), folder, linkLatest: false);

        string html = File.ReadAllText(Path.Combine(folder, RunReport.FileName));
        Assert.Empty(ExternalReference().Matches(html));
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
        Assert.Contains("<script>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("\"type\":\"deliver\"")]
    private static partial Regex DeliverLine();

    [GeneratedRegex("\"type\":\"drop\"")]
    private static partial Regex DropLine();

    [GeneratedRegex("<line class=\"deliver[ \"]")]
    private static partial Regex DeliverArrow();

    [GeneratedRegex("<line class=\"drop\"")]
    private static partial Regex DropMark();

    // Any src, href or CSS url() that names a scheme or a protocol-relative address would fetch from the network.
    [GeneratedRegex("(src|href)\\s*=\\s*[\"']?\\s*([a-z]+:|//)|url\\(\\s*[\"']?\\s*([a-z]+:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
