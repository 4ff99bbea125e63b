using Generals.Harness.Checkers;
using Generals.Harness.Exercises;

namespace Generals.Cli.Tests.Grade;

/// <summary>
/// `generals grade` in the simulator and the explorer: the kit's own parts (the reference solutions) earn every point, the
/// shipped skeleton none, and a broken or misbehaving class loses exactly what it breaks, without crashing the grader.
/// </summary>
[Collection("exercise skeleton")]
public sealed class GradeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-grade-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(ExerciseLab.ReliableLink)]
    [InlineData(ExerciseLab.HeartbeatDetector)]
    [InlineData(ExerciseLab.OralMessages)]
    [InlineData(ExerciseLab.SignedMessages)]
    public async Task GradeAsync_ReferenceSolution_EarnsEverySimulatedAndExploredPoint(ExerciseLab lab)
    {
        GradeResult grade = await Grader.GradeAsync(lab, ExerciseSource.Reference, Options());

        GradedCheck[] missed = [.. grade.Checks.Where(c => c.Item.World != GradeWorld.Emu && !c.Passed)];
        Assert.True(missed.Length == 0, string.Join("\n", missed.Select(c => $"{c.Item.Id}: {string.Join("; ", c.Reasons)}")));
        Assert.Equal(20, grade.Total);
    }

    [Theory]
    [InlineData(ExerciseLab.ReliableLink)]
    [InlineData(ExerciseLab.HeartbeatDetector)]
    [InlineData(ExerciseLab.OralMessages)]
    [InlineData(ExerciseLab.SignedMessages)]
    public async Task GradeAsync_ShippedSkeleton_EarnsNothingAndSaysWhyForEachCheck(ExerciseLab lab)
    {
        ExerciseSource skeleton = SkeletonBuild.Assembly.SourceFor(lab);

        GradeResult grade = await Grader.GradeAsync(lab, skeleton, Options());

        Assert.Equal(0, grade.Earned);
        Assert.All(grade.Checks, c => Assert.NotEmpty(c.Reasons));
        Assert.Contains("Generals.Exercises.", grade.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GradeAsync_LinkThatNeverRetransmits_EarnsOnlyTheLosslessCheckAndNamesTheLossyOnes()
    {
        ExerciseSource broken = ExerciseSource.Of(typeof(NeverRetransmittingLink), ExerciseLab.ReliableLink, []);

        GradeResult grade = await Grader.GradeAsync(ExerciseLab.ReliableLink, broken, Options());

        GradedCheck lossless = grade.Checks.Single(c => c.Item.VariantName != null);
        Assert.True(lossless.Passed, string.Join("; ", lossless.Reasons));
        GradedCheck lossy = grade.Checks.Single(c => c.Item.Id == "sim reliable-link seed 1: reliable-delivery");
        Assert.Equal(Verdict.Invalid, lossy.Verdict);
        Assert.Equal(0, lossy.Earned);
        Assert.NotNull(lossy.RunFolder);
        Assert.True(File.Exists(Path.Combine(lossy.RunFolder!, "report.html")));
        Assert.Equal(lossless.Item.Points, grade.Earned);
    }

    [Fact]
    public async Task GradeAsync_ClassThatThrows_LosesThePointsAndQuotesTheException()
    {
        ExerciseSource throwing = ExerciseSource.Of(typeof(ThrowingOralRule), ExerciseLab.OralMessages, []);

        GradeResult grade = await Grader.GradeAsync(ExerciseLab.OralMessages, throwing, Options());

        GradedCheck termination = grade.Checks.First(c => c.Item.Check == "termination");
        Assert.Equal(0, termination.Earned);
        Assert.Contains(termination.Reasons, r => r.Contains("ThrowingOralRule.Decide: threw InvalidOperationException: the student's bug", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GradeAsync_DecisionThatIsNoOrder_IsTakenAsNoDecisionAndNamed()
    {
        ExerciseSource garbage = ExerciseSource.Of(typeof(GarbageOralRule), ExerciseLab.OralMessages, []);

        GradeResult grade = await Grader.GradeAsync(ExerciseLab.OralMessages, garbage, Options());

        Assert.Equal(0, grade.Earned);
        Assert.Contains(grade.Checks[0].Reasons, r => r.Contains("GarbageOralRule.Decide: returned 7", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GradeAsync_ClassThatNeverReturns_IsAbandonedAtTheTimeoutAndTheGradeCompletes()
    {
        ExerciseSource hanging = ExerciseSource.Of(typeof(HangingOralRule), ExerciseLab.OralMessages, []);
        GradeOptions options = new() { OutputRoot = _root, SimTimeout = TimeSpan.FromSeconds(1) };
        try
        {
            GradeResult grade = await Grader.GradeAsync(ExerciseLab.OralMessages, hanging, options);

            Assert.Equal(0, grade.Earned);
            Assert.Contains(grade.Checks[0].Reasons, r => r.Contains("did not finish within 1 s", StringComparison.Ordinal));
        }
        finally
        {
            HangingOralRule.Release.Set();
        }
    }

    [Fact]
    public void SourceFor_AssemblyWithoutAClassForTheLab_SaysWhichSeamIsMissing()
    {
        ExerciseAssembly harness = ExerciseAssembly.Load(typeof(Grader).Assembly.Location);

        ExerciseException error = Assert.Throws<ExerciseException>(() => harness.SourceFor(ExerciseLab.ReliableLink));

        Assert.Contains("no public class implements Generals.Core.Links.IReliableLink (lab 1, reliable-link)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceFor_AssemblyWithSeveralClassesForTheLab_NamesThem()
    {
        ExerciseAssembly tests = ExerciseAssembly.Load(typeof(GradeTests).Assembly.Location);

        ExerciseException error = Assert.Throws<ExerciseException>(() => tests.SourceFor(ExerciseLab.OralMessages));

        Assert.Contains("several classes implement Generals.Core.Protocols.IOralRule", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ThrowingOralRule), error.Message, StringComparison.Ordinal);
    }

    private GradeOptions Options() => new() { OutputRoot = Path.Combine(_root, Guid.NewGuid().ToString("N")) };
}
