namespace Generals.Harness.Exercises;

/// <summary>A lab's grade: what was graded and every graded check.</summary>
public sealed record GradeResult(ExerciseLab Lab, string Source, IReadOnlyList<GradedCheck> Checks, TimeSpan Elapsed)
{
    /// <summary>Points earned.</summary>
    public int Earned => Checks.Sum(c => c.Earned);

    /// <summary>Points the lab is worth.</summary>
    public int Total => Checks.Sum(c => c.Item.Points);
}
