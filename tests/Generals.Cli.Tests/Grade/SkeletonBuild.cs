using Generals.Core.Tests;
using Generals.Harness.Exercises;

namespace Generals.Cli.Tests.Grade;

/// <summary>
/// The shipped skeleton (exercises/Generals.Exercises), built once per test process as `generals grade` builds it, for every
/// grade test (two builds of one project at once would share its obj folder).
/// </summary>
public static class SkeletonBuild
{
    private static readonly Lazy<ExerciseAssembly> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shipped exercises folder.</summary>
    public static string ProjectFolder => RepoPaths.Combine("exercises");

    /// <summary>The built skeleton, loaded as the grader loads it.</summary>
    public static ExerciseAssembly Assembly => Built.Value;

    private static ExerciseAssembly Build()
    {
        string output = Path.Combine(AppContext.BaseDirectory, "skeleton-build");
        return ExerciseAssembly.Load(ExerciseBuild.Build(ExerciseBuild.ProjectFile(ProjectFolder), output));
    }
}
