namespace Generals.Harness.Exercises;

/// <summary>A student project that cannot be graded: it does not build, or has no class (or several) for the lab.</summary>
public sealed class ExerciseException(string message) : Exception(message);
