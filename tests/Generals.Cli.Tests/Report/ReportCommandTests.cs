using Generals.Harness.Report;
using Generals.Harness.Runs;
using Generals.Harness.Tests.Report;

namespace Generals.Cli.Tests.Report;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-report-cli-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Report_SimRunFolderWithoutItsReport_WritesItAgainFromTheFolder()
    {
        string folder = Path.Combine(_root, "om");
        Assert.Equal(ExitCodes.AsExpected, CliRunner.Run(["run", "om-n3-m1", "--seed", "1", "--out", folder]).ExitCode);
        string report = Path.Combine(folder, RunReport.FileName);
        string written = File.ReadAllText(report);
        File.Delete(report);

        CliRunner.Result result = CliRunner.Run(["report", folder]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(report, result.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(report));
    }

    [Fact]
    public void Report_FolderWithoutHistory_InputMissing()
    {
        CliRunner.Result result = CliRunner.Run(["report", _root]);

        Assert.Equal(ExitCodes.InputMissing, result.ExitCode);
        Assert.Contains("no history.jsonl", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, RunReport.FileName)));
    }
}
