using System.Xml.Linq;
using Generals.Core.Tests;

namespace Generals.Cli.Tests.Grade;

/// <summary>The `generals grade` command: what it builds, prints, writes and exits with.</summary>
[Collection("exercise skeleton")]
public sealed class GradeCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-grade-cli-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Grade_ShippedSkeleton_ExitsZeroWithZeroPointsAWitnessPerCheckAndAJUnitFile()
    {
        // Built once by the fixture first, so this build of the same project does not run beside it.
        _ = SkeletonBuild.Assembly;
        string output = Path.Combine(_root, "grade");

        CliRunner.Result result = CliRunner.Run(["grade", SkeletonBuild.ProjectFolder, "--lab", "heartbeat-detector", "--no-emu", "--out", output]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("points: 0/20 (lab 2, heartbeat-detector)", result.Output, StringComparison.Ordinal);
        Assert.Contains("FAIL  sim fd-sync-timeout seed 1: strong-completeness (invalid)", result.Output, StringComparison.Ordinal);
        Assert.Contains("report: " + Path.Combine(output, "heartbeat-detector", "sim-fd-sync-timeout-seed-1", "report.html"), result.Output, StringComparison.Ordinal);
        XElement suite = XDocument.Load(Path.Combine(output, "junit.xml")).Root!.Element("testsuite")!;
        Assert.Equal("6", suite.Attribute("failures")!.Value);
        Assert.Contains(suite.Descendants("property"), p => (string?)p.Attribute("name") == "points" && (string?)p.Attribute("value") == "0");
    }

    [Fact]
    public void Grade_ProjectThatDoesNotBuild_ExitsBadInputWithTheCompilerError()
    {
        string project = Path.Combine(_root, "broken");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Broken.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(project, "Broken.cs"), "namespace Broken { public class Link { int x = ; } }");

        CliRunner.Result result = CliRunner.Run(["grade", project, "--lab", "1", "--out", Path.Combine(_root, "out")]);

        Assert.Equal(65, result.ExitCode);
        Assert.Contains("does not build", result.Error, StringComparison.Ordinal);
        Assert.Contains("Broken.cs", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_UnknownLab_IsAUsageError()
    {
        CliRunner.Result result = CliRunner.Run(["grade", _root, "--lab", "5"]);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("--lab 5: no such exercise", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Node_ExerciseWithoutLab_IsAUsageError()
    {
        CliRunner.Result result = CliRunner.Run(["node", "--config", RepoPaths.Combine("nf.config"), "--id", "1", "--data", Path.Combine(_root, "data"), "--exercise", "x.dll"]);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("--exercise needs --lab", result.Error, StringComparison.Ordinal);
    }
}
