using Generals.Harness.Report;
using Generals.Harness.Tests.Report;

namespace Generals.Cli.Tests.Report;

public sealed class DemoExploreReportTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-report-demo-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Demo_Sim_EveryScenarioFolderHoldsAReportOfItsHistory()
    {
        string root = Path.Combine(_root, "demo");

        CliRunner.Result result = CliRunner.Run(["demo", "--mode", "sim", "--seed", "3", "--out", root]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        string[] folders = Directory.GetDirectories(root);
        Assert.NotEmpty(folders);
        foreach (string folder in folders)
        {
            Assert.True(File.Exists(Path.Combine(folder, RunReport.FileName)), folder);
            ReportAssert.DrawsEveryFrameOfTheHistory(folder);
        }
    }

    [Fact]
    public void Explore_OmN3M1_WitnessFolderHoldsAReportWithTheIc2Witness()
    {
        string folder = Path.Combine(_root, "witness");

        CliRunner.Result result = CliRunner.Run(["explore", "om-n3-m1", "--seed", "2", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        string html = File.ReadAllText(Path.Combine(folder, RunReport.FileName));
        Assert.Contains("<td>ic2</td><td class=\"verdict invalid\">invalid</td>", html, StringComparison.Ordinal);
        ReportAssert.DrawsEveryFrameOfTheHistory(folder);
    }
}
