using Generals.Harness.Tests.Report;

namespace Generals.Cli.Tests.Report;

/// <summary>An emulated run's folder gets its report too, drawn from the emulated history (boots before `start`, wall-clock times).</summary>
[Collection("emulated")]
public sealed class EmuReportTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-report-emu-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void RunEmu_CrashRecovery_ReportDrawsEveryFrameDecisionAndSuspicionAndLoadsNothing()
    {
        string folder = Path.Combine(_root, "fd-crash-recovery");

        CliRunner.Result result = CliRunner.Run(["run", "fd-crash-recovery", "--mode", "emu", "--seed", "1", "--out", folder]);

        Assert.True(File.Exists(Path.Combine(folder, "history.jsonl")), $"exit {result.ExitCode}\n{result.Output}{result.Error}");
        ReportAssert.DrawsEveryFrameOfTheHistory(folder);
        ReportAssert.LoadsNothing(folder);
    }
}
