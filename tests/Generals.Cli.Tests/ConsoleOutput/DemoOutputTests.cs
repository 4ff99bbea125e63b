using System.Text.Json;
using System.Xml.Linq;
using Generals.Cli.Commands;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Tests.ConsoleOutput;

/// <summary>`generals demo`: progress on stderr, the summary (or --json) on stdout, and one JUnit file for all its scenarios.</summary>
public sealed class DemoOutputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-demo-out-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Demo_Sim_ProgressOnStderrSummaryOnStdoutAndOneJUnitFile()
    {
        string folder = Path.Combine(_root, "demo");

        CliRunner.Result result = CliRunner.Run(["demo", "--mode", "sim", "--seed", "3", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains($"[1/{Demo.Scenarios.Count}] ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain($"[1/{Demo.Scenarios.Count}] ", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"\nom-n3-m1\s+sim\s+invalid\s+invalid\s+ok\s+", result.Output);
        Assert.Contains($"junit: {Path.Combine(folder, "junit.xml")}", result.Output, StringComparison.Ordinal);
        XElement suite = XDocument.Load(Path.Combine(folder, "junit.xml")).Root!.Elements("testsuite").Single();
        Assert.Equal(Demo.Scenarios.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), suite.Attribute("tests")!.Value);
        Assert.Equal("0", suite.Attribute("failures")!.Value);
        Assert.Equal(Demo.Scenarios, suite.Elements("testcase").Select(t => t.Attribute("name")!.Value));
        Assert.Empty(suite.Descendants("failure"));
    }

    [Fact]
    public void Demo_SimJsonAndJUnitPath_OneDocumentPerScenarioAndTheFileWhereAsked()
    {
        string folder = Path.Combine(_root, "demo");
        string junit = Path.Combine(_root, "reports", "demo-junit.xml");

        CliRunner.Result result = CliRunner.Run(["demo", "--mode", "sim", "--seed", "3", "--out", folder, "--junit", junit, "--json"]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal(3UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(junit, root.GetProperty("junit").GetString());
        Assert.Equal(Demo.Scenarios.Count, root.GetProperty("as_expected").GetInt32());
        JsonElement[] runs = [.. root.GetProperty("runs").EnumerateArray()];
        Assert.Equal(Demo.Scenarios, runs.Select(r => r.GetProperty("scenario").GetString()));
        JsonElement omN3 = runs.Single(r => r.GetProperty("scenario").GetString() == "om-n3-m1");
        Assert.Equal("invalid", omN3.GetProperty("verdict").GetString());
        Assert.Equal("invalid", omN3.GetProperty("expected").GetString());
        Assert.Equal(Path.Combine(folder, "om-n3-m1"), omN3.GetProperty("run_folder").GetString());
        Assert.Equal(Demo.Scenarios.Count, XDocument.Load(junit).Descendants("testcase").Count());
        Assert.False(File.Exists(Path.Combine(folder, "junit.xml")));
    }

    [Fact]
    public void DemoJUnit_OneRunNotAsExpected_OneFailureWithItsWitness()
    {
        string file = Path.Combine(_root, "wrong.yaml");
        File.WriteAllText(file, """
            name: wrong-expectation
            expected: valid
            generals: 2
            duration_ms: 5000
            network: { loss: 0.5 }
            workload: [ { at_ms: 0, node: 1, command: send-stream, to: 2, count: 50, interval_ms: 10, first_id: 1 } ]
            checks: [reliable-delivery]
            """);
        RunOutcome wrong = ScenarioRunner.RunSim(ScenarioLoader.Load(file), 1);
        RunOutcome right = ScenarioRunner.RunSim(ScenarioLoader.Load("reliable-link"), 1);

        XDocument junit = XDocument.Parse(DemoJUnit.Render([right, wrong], TimeSpan.FromSeconds(1)));

        XElement suite = Assert.Single(junit.Root!.Elements("testsuite"));
        Assert.Equal("2", suite.Attribute("tests")!.Value);
        Assert.Equal("1", suite.Attribute("failures")!.Value);
        XElement failure = Assert.Single(suite.Descendants("failure"));
        Assert.Equal("wrong-expectation", failure.Parent!.Attribute("name")!.Value);
        Assert.StartsWith("verdict invalid, expected valid: NOT AS EXPECTED", failure.Attribute("message")!.Value, StringComparison.Ordinal);
        Assert.Contains("reliable-delivery: invalid", failure.Value, StringComparison.Ordinal);
        Assert.Contains("witness: ", failure.Value, StringComparison.Ordinal);
    }
}
