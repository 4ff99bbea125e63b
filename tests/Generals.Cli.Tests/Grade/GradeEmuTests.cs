using Generals.Cli.Commands;
using Generals.Harness.Exercises;
using Generals.Harness.Worlds.Emu;

namespace Generals.Cli.Tests.Grade;

/// <summary>`generals grade` on emulated generals: every `generals node` loads the graded class (--exercise, --lab).</summary>
[Collection("emulated")]
public sealed class GradeEmuTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-grade-emu-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("1", "reliable-link")]
    [InlineData("2", "heartbeat-detector")]
    [InlineData("3", "om")]
    [InlineData("4", "sm")]
    public void Grade_Reference_EarnsFullPointsEmulatedCheckIncluded(string lab, string name)
    {
        CliRunner.Result result = CliRunner.Run(["grade", "--reference", "--lab", lab, "--out", Path.Combine(_root, "reference-" + lab)]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Matches(@"pass  emu \S+ seed 1: ", result.Output);
        Assert.True(result.Output.Contains($"points: 20/20 (lab {lab}, {name})", StringComparison.Ordinal), result.Output);
    }

    [Fact]
    public async Task GradeAsync_SkeletonOnEmulatedGenerals_EveryGeneralRunsTheStudentsClassAndEarnsNothing()
    {
        ExerciseSource skeleton = SkeletonBuild.Assembly.SourceFor(ExerciseLab.SignedMessages);
        var options = new GradeOptions { OutputRoot = _root, Launcher = GeneralsLauncher.Current(typeof(EmuRun).Assembly.Location) };

        GradeResult grade = await Grader.GradeAsync(ExerciseLab.SignedMessages, skeleton, options);

        Assert.Equal(0, grade.Earned);
        GradedCheck emulated = grade.Checks.First(c => c.Item.World == GradeWorld.Emu);
        Assert.NotNull(emulated.RunFolder);
        string[] logs = Directory.GetFiles(emulated.RunFolder!, "general-*.log", SearchOption.AllDirectories);
        Assert.Equal(4, logs.Length);
        Assert.All(logs, log => Assert.Contains(
            ExerciseNode.LoadedPrefix + "Generals.Exercises.SignedMessagesExercise in Generals.Exercises.dll replaces the kit's ISignedRule", File.ReadAllText(log), StringComparison.Ordinal));
    }
}
