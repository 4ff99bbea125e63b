using System.Text.RegularExpressions;
using Generals.Harness.Runs;

namespace Generals.Cli.Tests;

/// <summary>A run's replay line runs as printed (a YAML file by its path, the world it ran in), and --out never writes over another run.</summary>
public sealed partial class ReplayAndOutTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-replay-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Run_ScenarioFromAYamlFile_ReplayLineNamesTheFileAndRunsAsPrintedToTheSameHistory()
    {
        string yaml = Path.Combine(_root, "my scenario.yaml");
        File.WriteAllText(yaml, Generals.Harness.Scenarios.ScenarioLoader.BuiltInText("om-n4-m1")!.Replace("name: om-n4-m1", "name: mine", StringComparison.Ordinal));
        CliRunner.Result first = CliRunner.Run(["run", yaml, "--out", Path.Combine(_root, "first")]);
        Match replay = Replay().Match(first.Output);
        Assert.True(replay.Success, first.Output);
        Assert.Equal($"generals run '{Path.GetFullPath(yaml)}' --seed {replay.Groups["seed"].Value}", replay.Groups["command"].Value);

        // As a shell would split it: the quoted path is one word.
        CliRunner.Result again = CliRunner.Run(["run", Path.GetFullPath(yaml), "--seed", replay.Groups["seed"].Value, "--out", Path.Combine(_root, "again")]);

        Assert.Equal(first.ExitCode, again.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(_root, "first", "history.jsonl")), File.ReadAllText(Path.Combine(_root, "again", "history.jsonl")));
    }

    [Fact]
    public void Run_BuiltInInSim_ReplayByNameWithoutAMode()
    {
        CliRunner.Result result = CliRunner.Run(["run", "om-n4-m1", "--seed", "5", "--out", Path.Combine(_root, "sim")]);

        Assert.Contains("\nreplay: generals run om-n4-m1 --seed 5\n", result.Output.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("emu", null, "generals run om-n4-m1 --seed 9 --mode emu")]
    [InlineData("lab", "kit/nf.config", "generals run om-n4-m1 --seed 9 --mode lab --config {0}")]
    [InlineData("sim", null, "generals run om-n4-m1 --seed 9")]
    public void ReplayLine_World_NamesItsModeAndLabConfig(string mode, string? config, string expected)
    {
        RunOutcome run = ScenarioRunner.RunSim(Generals.Harness.Scenarios.ScenarioLoader.Load("om-n4-m1"), 9) with { Mode = mode };

        string line = Commands.ReplayLine.For(run, "om-n4-m1", config);

        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, config == null ? "" : Path.GetFullPath(config)), line);
        Assert.Equal(mode != "sim", Commands.ReplayLine.Note(run).Length > 0);
    }

    [Fact]
    public void Run_OutIntoANonEmptyFolder_RefusedWith64UnlessForced()
    {
        string folder = Directory.CreateDirectory(Path.Combine(_root, "taken")).FullName;
        File.WriteAllText(Path.Combine(folder, "history.jsonl"), "another run's history\n");

        CliRunner.Result refused = CliRunner.Run(["run", "om-n4-m1", "--seed", "1", "--out", folder]);
        string kept = File.ReadAllText(Path.Combine(folder, "history.jsonl"));
        CliRunner.Result forced = CliRunner.Run(["run", "om-n4-m1", "--seed", "1", "--out", folder, "--force"]);

        Assert.Equal(64, refused.ExitCode);
        Assert.Contains($"--out {folder} exists and is not empty: choose another folder, or add --force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("another run's history\n", kept);
        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual("another run's history\n", File.ReadAllText(Path.Combine(folder, "history.jsonl")));
    }

    [GeneratedRegex(@"replay: (?<command>generals run .+ --seed (?<seed>\d+))\n")]
    private static partial Regex Replay();
}
