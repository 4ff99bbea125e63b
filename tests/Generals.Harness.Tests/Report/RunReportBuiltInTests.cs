using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Report;

public sealed class RunReportBuiltInTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-report-").FullName;

    public static TheoryData<string> BuiltIns() => [.. ScenarioLoader.BuiltInNames()];

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Write_BuiltInSimSeed1_OneArrowPerDeliverOneMarkPerDropDecideAndSuspicion(string scenario)
    {
        string folder = Path.Combine(_root, scenario);

        RunFolder.Write(ScenarioRunner.RunSim(ScenarioLoader.Load(scenario), 1), folder, linkLatest: false);

        ReportAssert.DrawsEveryFrameOfTheHistory(folder);
    }

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Write_BuiltInSimSeed1_NothingLoadedFromTheNetwork(string scenario)
    {
        string folder = Path.Combine(_root, scenario);

        RunFolder.Write(ScenarioRunner.RunSim(ScenarioLoader.Load(scenario), 1), folder, linkLatest: false);

        ReportAssert.LoadsNothing(folder);
    }
}
