using System.Text.RegularExpressions;

namespace Generals.Cli.Tests;

public sealed partial class ExploreCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-explore-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Explore_OmN3M1_PrintsTheWitnessWritesItsFolderAndTheReplayReproducesIt()
    {
        string folder = Path.Combine(_root, "witness");

        CliRunner.Result found = CliRunner.Run(["explore", "om-n3-m1", "--seed", "2", "--out", folder]);

        Assert.True(found.ExitCode == 0, found.Output + found.Error);
        Assert.StartsWith("seed: 2", found.Output, StringComparison.Ordinal);
        Assert.Contains("exhaustive", found.Output, StringComparison.Ordinal);
        Assert.Contains("violation found", found.Output, StringComparison.Ordinal);
        Assert.Contains("round 1 (110..210 ms)", found.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "trace.txt")));
        Match replay = ReplayLine().Match(found.Output);
        Assert.True(replay.Success, found.Output);

        CliRunner.Result replayed = CliRunner.Run(["run", replay.Groups["file"].Value, "--seed", replay.Groups["seed"].Value, "--out", Path.Combine(_root, "replay")]);

        Assert.Equal(0, replayed.ExitCode);
        Assert.Matches(@"ic2\s+invalid", replayed.Output);
    }

    [Fact]
    public void Explore_OmN4M1_CoversTheSpaceAndExitsZero()
    {
        CliRunner.Result result = CliRunner.Run(["explore", "om-n4-m1", "--seed", "2"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("20 traitor configurations fit the budget 1000: exhaustive", result.Output, StringComparison.Ordinal);
        Assert.Contains("no violation: every configuration ran (20 runs", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_OmN4M1WithTwoTraitors_FindsTheViolationTheBoundsExpectAndExitsZero()
    {
        CliRunner.Result result = CliRunner.Run(["explore", "om-n4-m1", "--traitors", "2", "--seed", "3", "--out", Path.Combine(_root, "two")]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("explore om-n4-m1 with 2 traitors (expected invalid: OM(1) in instance 1 with 4 generals does not tolerate 2 traitors", result.Output, StringComparison.Ordinal);
        Assert.Contains("violation found", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_SameSeedOneOrTwoWorkers_PrintsTheSameWitness()
    {
        string[] Witness(string workers) => CliRunner.Run(["explore", "om-n3-m1", "--seed", "5", "--workers", workers, "--out", Path.Combine(_root, "w" + workers)])
            .Output.Split('\n').Where(line => !line.Contains(" runs/s", StringComparison.Ordinal) && !line.Contains(_root, StringComparison.Ordinal)).ToArray();

        Assert.Equal(Witness("1"), Witness("2"));
    }

    [Theory]
    [InlineData("--traitors", "4")]
    [InlineData("--traitors", "-1")]
    [InlineData("--workers", "0")]
    public void Explore_TraitorsOrWorkersOutOfRange_ExitsUsage(string option, string value)
    {
        CliRunner.Result result = CliRunner.Run(["explore", "om-n4-m1", option, value, "--seed", "1"]);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_ScenarioWithoutTraitorSpace_ExitsBadInput()
    {
        CliRunner.Result result = CliRunner.Run(["explore", "two-generals", "--seed", "1"]);

        Assert.Equal(65, result.ExitCode);
        Assert.Contains("OM and SM", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_BadBudget_ExitsUsage()
    {
        Assert.Equal(64, CliRunner.Run(["explore", "om-n4-m1", "--budget", "0"]).ExitCode);
    }

    [Fact]
    public void Run_TwoGenerals_PrintsTheOutcomeTableAndExitsZero()
    {
        CliRunner.Result result = CliRunner.Run(["run", "two-generals", "--seed", "4", "--out", Path.Combine(_root, "tg")]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("always-attack: both attack / both retreat / defeats, of 20 runs per cell", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"two-generals-sweep\s+invalid", result.Output);
        Assert.Contains("\"tables\"", File.ReadAllText(Path.Combine(_root, "tg", "results.json")), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"replay: generals run (?<file>\S+) --seed (?<seed>\d+)")]
    private static partial Regex ReplayLine();
}
