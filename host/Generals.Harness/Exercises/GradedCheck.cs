using Generals.Harness.Checkers;

namespace Generals.Harness.Exercises;

/// <summary>
/// One graded check's result: the points earned of the item's, the verdict, why points were lost (the check's witness, what
/// the student's class did wrong, a timeout), and the run folder with its report.html (null when none was written).
/// </summary>
public sealed record GradedCheck(GradeItem Item, Verdict Verdict, int Earned, IReadOnlyList<string> Reasons, string? RunFolder)
{
    /// <summary>True when the item earned its points.</summary>
    public bool Passed => Earned == Item.Points;
}
