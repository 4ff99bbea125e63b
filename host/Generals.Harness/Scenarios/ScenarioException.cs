namespace Generals.Harness.Scenarios;

/// <summary>
/// A scenario that cannot be run: unreadable YAML or values the harness or the generals would refuse. The message
/// names the source and lists every problem (each with its line, column and field when known), one per line;
/// <see cref="Problems"/> holds them for callers that print or test them one by one.
/// </summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(string message)
        : base(message)
    {
        Problems = [];
    }

    public ScenarioException()
    {
        Problems = [];
    }

    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Every problem of <paramref name="source"/> at once.</summary>
    public ScenarioException(string source, IReadOnlyList<ScenarioProblem> problems)
        : base(Describe(source, problems))
    {
        ArgumentNullException.ThrowIfNull(problems);
        ScenarioSource = source;
        Problems = problems;
    }

    /// <summary>The file or built-in name the problems are in ("" when not given).</summary>
    public string ScenarioSource { get; } = "";

    /// <summary>Every problem found, in the order of the YAML; empty when the exception carries only a message.</summary>
    public IReadOnlyList<ScenarioProblem> Problems { get; }

    /// <summary>For a plan refused for its timing: how much slower than real time the world would have to run it, when it could.</summary>
    public int? NeededScale { get; init; }

    private static string Describe(string source, IReadOnlyList<ScenarioProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 1)
        {
            return $"{source}: {problems[0]}";
        }

        return $"{source}: {problems.Count} problems:" + string.Concat(problems.Select(p => $"\n  {source}: {p}"));
    }
}
