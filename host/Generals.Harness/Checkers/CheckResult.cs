namespace Generals.Harness.Checkers;

/// <summary>One checker's finding: its verdict, the figures it measured, and a witness when it failed.</summary>
public sealed record CheckResult(
    string Name,
    Verdict Verdict,
    IReadOnlyDictionary<string, double> Figures,
    IReadOnlyList<string> Witness)
{
    /// <summary>
    /// The violations behind an invalid verdict, for the timing-model rule (<see cref="Violation"/>); empty when the check
    /// does not name them, and then any timing break in the run makes its invalid verdict unknown.
    /// </summary>
    public IReadOnlyList<Violation> Violations { get; init; } = [];

    public static CheckResult Valid(string name, IReadOnlyDictionary<string, double>? figures = null) =>
        new(name, Verdict.Valid, figures ?? new Dictionary<string, double>(), []);

    public static CheckResult Invalid(string name, IReadOnlyList<string> witness, IReadOnlyDictionary<string, double>? figures = null) =>
        new(name, Verdict.Invalid, figures ?? new Dictionary<string, double>(), witness);

    public static CheckResult Unknown(string name, string why) =>
        new(name, Verdict.Unknown, new Dictionary<string, double>(), [why]);
}
