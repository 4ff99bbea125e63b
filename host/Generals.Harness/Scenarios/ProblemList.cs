using System.Globalization;

namespace Generals.Harness.Scenarios;

/// <summary>The problems found so far in one scenario, each placed in the YAML by <see cref="ScenarioPositions"/>.</summary>
internal sealed class ProblemList(ScenarioPositions positions)
{
    private readonly List<ScenarioProblem> _problems = [];

    public int Count => _problems.Count;

    /// <summary>Every problem, in the order of the text (problems without a place last, in the order found).</summary>
    public IReadOnlyList<ScenarioProblem> All => _problems
        .Select((p, i) => (p, i))
        .OrderBy(x => x.p.Line == 0 ? int.MaxValue : x.p.Line).ThenBy(x => x.p.Column).ThenBy(x => x.i)
        .Select(x => x.p).ToList();

    public void Add(string field, string message) => _problems.Add(positions.Problem(field, message));

    /// <summary>Adds a problem unless <paramref name="value"/> is a finite number in [min, max]; true when it is.</summary>
    public bool InRange(string field, double value, double min, double max, string what)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            Add(field, $"{Show(value)} is not a number: give a finite value in {Show(min)}..{Show(max)}{what}");
            return false;
        }

        if (value < min || value > max)
        {
            Add(field, $"{Show(value)} is out of range: it must be {Show(min)}..{Show(max)}{what}");
            return false;
        }

        return true;
    }

    /// <summary>A number as a person writes it: 2000000000, 0.5, .nan, .inf.</summary>
    public static string Show(double value) =>
        double.IsNaN(value) ? ".nan"
        : double.IsPositiveInfinity(value) ? ".inf"
        : double.IsNegativeInfinity(value) ? "-.inf"
        : value.ToString("0.###", CultureInfo.InvariantCulture);
}
