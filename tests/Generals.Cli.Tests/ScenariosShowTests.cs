using Generals.Harness.Scenarios;

namespace Generals.Cli.Tests;

/// <summary>`generals scenarios show` prints a built-in's YAML, which saved to a file runs as a scenario of one's own.</summary>
public sealed class ScenariosShowTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-show-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Show_BuiltIn_PrintsItsYamlWhichRunsFromAFile()
    {
        CliRunner.Result shown = CliRunner.Run(["scenarios", "show", "om-n4-m1"]);
        string file = Path.Combine(_root, "mine.yaml");
        File.WriteAllText(file, shown.Output.Replace("name: om-n4-m1", "name: mine", StringComparison.Ordinal));

        CliRunner.Result run = CliRunner.Run(["run", file, "--seed", "1", "--out", Path.Combine(_root, "run")]);

        Assert.Equal(0, shown.ExitCode);
        Assert.Equal(ScenarioLoader.BuiltInText("om-n4-m1")!.TrimEnd('\n'), shown.Output.TrimEnd('\n'));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("scenario: mine (sim)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_UnknownName_UsageErrorListingTheBuiltIns()
    {
        CliRunner.Result result = CliRunner.Run(["scenarios", "show", "om-n99"]);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("there is no built-in scenario 'om-n99' (generals scenarios lists them: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("broker-spof", result.Error, StringComparison.Ordinal);
    }
}
