using Generals.Core.Node;

namespace Generals.Harness.Exercises;

/// <summary>
/// What is graded: a name, the parts one general runs (made afresh per general, guarded, their faults noted), and the
/// arguments that make an emulated general (`generals node`) load the same parts.
/// </summary>
public sealed record ExerciseSource(string Name, Func<ExerciseFaults, ExerciseParts> Make, IReadOnlyList<string> NodeArguments)
{
    /// <summary>The kit's own implementation of every part: the reference solution of every lab.</summary>
    public static ExerciseSource Reference { get; } = new("the kit's own (reference solution)", _ => new ExerciseParts(), []);
}
