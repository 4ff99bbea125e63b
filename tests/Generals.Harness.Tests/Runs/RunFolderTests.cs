using System.Text.Json;
using Generals.Harness.Checkers;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Runs;

public sealed class RunFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-run-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Write_SimRun_WritesEveryFileAndResultsFields()
    {
        RunOutcome run = ScenarioRunner.RunSim(ScenarioLoader.Load("fair-loss-link"), 11);
        string folder = RunFolder.DefaultPath(_root, "fair-loss-link", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc));

        RunFolder.Write(run, folder, linkLatest: true);

        foreach (string file in new[] { "scenario.yaml", "history.jsonl", "results.json", "junit.xml", "nodes/general-1.jsonl" })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        }

        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        JsonElement root = results.RootElement;
        Assert.Equal("fair-loss-link", root.GetProperty("scenario").GetString());
        Assert.Equal(11UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal("invalid", root.GetProperty("verdict").GetString());
        Assert.Equal("invalid", root.GetProperty("expected").GetString());
        JsonElement check = root.GetProperty("checks")[0];
        Assert.Equal("reliable-delivery", check.GetProperty("name").GetString());
        Assert.True(check.GetProperty("witness").GetArrayLength() > 0);
        Assert.True(check.GetProperty("figures").GetProperty("sent").GetDouble() > 0);
        Assert.True(Directory.Exists(Path.Combine(_root, "fair-loss-link", "latest")));
    }

    [Fact]
    public void Write_SimRun_EachGeneralsLogHoldsWhatItDidAndEveryFrameFromOrToIt()
    {
        RunOutcome run = ScenarioRunner.RunSim(ScenarioLoader.Load("fair-loss-link"), 11);
        string folder = Path.Combine(_root, "logs");

        RunFolder.Write(run, folder, linkLatest: false);

        string[] log = File.ReadAllLines(Path.Combine(folder, "nodes", "general-2.jsonl"));
        List<JsonElement> lines = [.. log.Select(l => JsonDocument.Parse(l).RootElement)];
        static int Int(JsonElement e, string name) => e.TryGetProperty(name, out JsonElement v) ? v.GetInt32() : -1;
        Assert.All(lines, e => Assert.True(Int(e, "general") == 2 || Int(e, "from") == 2 || Int(e, "to") == 2, e.ToString()));
        Assert.Contains(lines, e => e.GetProperty("type").GetString() == "app-deliver" && Int(e, "general") == 2);
        Assert.Contains(lines, e => e.GetProperty("type").GetString() == "deliver" && Int(e, "to") == 2);
        Assert.Contains(lines, e => e.GetProperty("type").GetString() == "send" && Int(e, "from") == 1 && Int(e, "to") == 2);
        int concerning = run.History.Count(e => (e.General == 2 && History.HistoryTypes.Of(e.Type).HasGeneral)
            || (!History.HistoryTypes.Of(e.Type).HasGeneral && (e.From == 2 || e.To == 2)));
        Assert.Equal(concerning, log.Length);
    }

    [Fact]
    public void ExitCode_VerdictAgainstExpectation_FollowsTheContract()
    {
        RunOutcome asExpected = ScenarioRunner.RunSim(ScenarioLoader.Load("fair-loss-link"), 1);
        Scenario expectingValid = ScenarioLoader.Load("fair-loss-link");
        expectingValid.Expected = Verdict.Valid;
        RunOutcome notAsExpected = ScenarioRunner.RunSim(expectingValid, 1);
        Scenario withoutChecks = ScenarioLoader.Load("fair-loss-link");
        withoutChecks.Checks.Clear();
        RunOutcome unknown = ScenarioRunner.RunSim(withoutChecks, 1);

        Assert.Equal(0, asExpected.ExitCode);
        Assert.Equal(1, notAsExpected.ExitCode);
        Assert.Equal(2, unknown.ExitCode);
    }
}
