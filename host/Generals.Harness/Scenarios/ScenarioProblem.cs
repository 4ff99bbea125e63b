namespace Generals.Harness.Scenarios;

/// <summary>
/// One thing wrong with a scenario: where it is in the YAML (1-based line and column; 0 when the problem has no
/// place in the text, such as a value left at a default that does not fit), which field (a path such as
/// <c>workload[2].count</c>, or "" for the whole scenario), and what is wrong, in plain words.
/// </summary>
public sealed record ScenarioProblem(int Line, int Column, string Field, string Message)
{
    /// <summary>"line 7, column 40: workload[2].count: ..." (the place is left out when unknown).</summary>
    public override string ToString()
    {
        string place = Line > 0 ? $"line {Line}, column {Column}: " : string.Empty;
        string field = Field.Length > 0 ? Field + ": " : string.Empty;
        return place + field + Message;
    }
}
