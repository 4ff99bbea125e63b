using System.Globalization;
using Generals.Core.Node;
using Generals.Harness.Checkers;
using Generals.Harness.History;

namespace Generals.Harness.Plan;

/// <summary>
/// The one table between a scenario's YAML spellings and the plan's enums: a value is spelled as its C# name in lower
/// case with hyphens between words (the history's rule, <see cref="HistoryNames"/>: PowerCutAtWrite is power-cut-at-write).
/// The loader reads every spelling through it (an unknown one is a problem naming the accepted ones), and whatever
/// prints a value (history, results, messages) prints it through it, so the YAML, docs and histories keep one spelling.
/// </summary>
public static class PlanNames
{
    private static readonly Dictionary<Type, Table> Tables = new[]
    {
        new Table(typeof(FaultKind), "fault", numbers: false),
        new Table(typeof(TimingModel), "timing model", numbers: false),
        new Table(typeof(DelayDistributionKind), "distribution", numbers: false),
        new Table(typeof(SignatureChoice), "signature scheme", numbers: false),
        new Table(typeof(Verdict), "verdict", numbers: false),

        // A command may also be given by its wire number 1..ControlTypes.Max (docs/scenarios.md).
        new Table(typeof(ControlType), "command", numbers: true),
    }.ToDictionary(t => t.Type);

    /// <summary>Every enum a scenario spells in its YAML.</summary>
    public static IReadOnlyCollection<Type> Types => Tables.Keys;

    /// <summary>True when <paramref name="type"/> is spelled through this table.</summary>
    public static bool Has(Type type) => Tables.ContainsKey(type);

    /// <summary>The spelling of <paramref name="value"/>; a value without a name (a number cast in code) prints as its number.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => Of(typeof(T), value);

    /// <summary>The spelling of a boxed value of a plan enum.</summary>
    public static string Of(Type type, object value) =>
        TableOf(type).Spellings.TryGetValue(value, out string? spelling) ? spelling : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    /// <summary>Every spelling of <typeparamref name="T"/>, in the enum's order.</summary>
    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => TableOf(typeof(T)).Names;

    /// <summary>The value <paramref name="spelling"/> names; false when it names none.</summary>
    public static bool TryParse<T>(string? spelling, out T value)
        where T : struct, Enum
    {
        bool known = TryParse(typeof(T), spelling, out object? boxed);
        value = known ? (T)boxed! : default;
        return known;
    }

    /// <summary>The boxed value of <paramref name="type"/> that <paramref name="spelling"/> names; false when it names none.</summary>
    public static bool TryParse(Type type, string? spelling, out object? value)
    {
        Table table = TableOf(type);
        if (spelling != null && table.Values.TryGetValue(spelling, out value))
        {
            return true;
        }

        if (table.Numbers && int.TryParse(spelling, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && table.Numbered.TryGetValue(number, out value))
        {
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>"one of crash-stop, crash-recovery, ..." (commands add "or a number 1..5"): what a field of <paramref name="type"/> accepts.</summary>
    public static string Accepted(Type type)
    {
        Table table = TableOf(type);
        string numbers = table.Numbers ? $", or a number {table.Numbered.Keys.Min()}..{table.Numbered.Keys.Max()}" : string.Empty;
        return "one of " + string.Join(", ", table.Names) + numbers;
    }

    /// <summary>"'gaussian' is not a distribution: use one of constant, uniform, ...": the problem of an unknown spelling.</summary>
    public static string Unknown(Type type, string? spelling) => $"'{spelling}' is not a {TableOf(type).Noun}: use {Accepted(type)}";

    private static Table TableOf(Type type) =>
        Tables.TryGetValue(type, out Table? table) ? table : throw new ArgumentException($"{type.Name} is not spelled in scenarios", nameof(type));

    /// <summary>One enum's spellings both ways, built once.</summary>
    private sealed class Table
    {
        public Table(Type type, string noun, bool numbers)
        {
            Type = type;
            Noun = noun;
            Numbers = numbers;
            foreach (object value in Enum.GetValues(type))
            {
                string spelling = HistoryNames.Of(value.ToString()!);
                Names.Add(spelling);
                Values.Add(spelling, value);
                Spellings.Add(value, spelling);
                Numbered.Add(Convert.ToInt32(value, CultureInfo.InvariantCulture), value);
            }
        }

        public Type Type { get; }

        public string Noun { get; }

        public bool Numbers { get; }

        public List<string> Names { get; } = [];

        public Dictionary<string, object> Values { get; } = new(StringComparer.Ordinal);

        public Dictionary<object, string> Spellings { get; } = [];

        public Dictionary<int, object> Numbered { get; } = [];
    }
}
