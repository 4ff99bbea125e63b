namespace Generals.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-cli-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Run_ScenarioWithSeed_PrintsSeedFirstWritesFolderAndExitsZero()
    {
        string folder = Path.Combine(_root, "run");

        CliRunner.Result result = CliRunner.Run(["run", "reliable-link", "--mode", "sim", "--seed", "17", "--out", folder]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("seed: 17", result.Output, StringComparison.Ordinal);
        Assert.Contains("reliable-delivery", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "results.json")));
        Assert.True(File.Exists(Path.Combine(folder, "history.jsonl")));
    }

    [Fact]
    public void Run_SameSeedTwice_WritesIdenticalHistories()
    {
        CliRunner.Run(["run", "arbitrary-link", "--seed", "5", "--out", Path.Combine(_root, "a")]);
        CliRunner.Run(["run", "arbitrary-link", "--seed", "5", "--out", Path.Combine(_root, "b")]);

        Assert.Equal(File.ReadAllBytes(Path.Combine(_root, "a", "history.jsonl")), File.ReadAllBytes(Path.Combine(_root, "b", "history.jsonl")));
    }

    [Fact]
    public void Run_ScenarioFileNotMatchingExpectation_ExitsOne()
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

        CliRunner.Result result = CliRunner.Run(["run", file, "--seed", "1", "--out", Path.Combine(_root, "w")]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NOT AS EXPECTED", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownScenario_ExitsInputMissingWithMessage()
    {
        CliRunner.Result result = CliRunner.Run(["run", "no-such-scenario"]);

        Assert.Equal(66, result.ExitCode);
        Assert.Contains("no-such-scenario", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenarios_ListsBuiltInsWithExpectation()
    {
        CliRunner.Result result = CliRunner.Run(["scenarios"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"fair-loss-link\s+invalid", result.Output);
        Assert.Matches(@"reliable-link\s+valid", result.Output);
    }

    [Fact]
    public void Demo_AllScenarios_BehaveAsExpectedAndExitZero()
    {
        CliRunner.Result result = CliRunner.Run(["demo", "--mode", "sim", "--seed", "3", "--out", Path.Combine(_root, "demo")]);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain("FAIL", result.Output, StringComparison.Ordinal);
        Assert.Contains("crash-recovery-link", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Repeat_SweepsSeedsAndSummarises()
    {
        CliRunner.Result result = CliRunner.Run(["run", "crash-recovery-link", "--seed", "100", "--repeat", "20", "--out", Path.Combine(_root, "sweep")]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("20 seeds (100..119): 20 as expected, 0 not", result.Output, StringComparison.Ordinal);
    }
}
