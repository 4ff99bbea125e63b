using System.Globalization;
using System.Reflection;
using Generals.Harness.Plan;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Generals.Harness.Scenarios;

/// <summary>
/// Checks a YAML document against the shape of the type it will be read into, before it is: every unknown field,
/// every value of the wrong kind and every empty value where one is needed, each with its line, column and field
/// path, in plain words. (YamlDotNet stops at the first problem, often without the field, and names .NET types.)
/// Which values a field accepts is asked of the same deserializer that will read it, so the two never disagree; a
/// spelling of a plan enum (<see cref="PlanNames"/>) that names no value is also kept apart in <see cref="Spellings"/>,
/// so that a file whose only problems are such spellings is refused with each placed at its field.
/// </summary>
internal sealed class YamlShape
{
    /// <summary>Problems listed per document: past this many, the rest are summarised (a wrong file is not worth more).</summary>
    public const int ProblemsMax = 50;

    /// <summary>
    /// Nodes visited at most: a scenario has hundreds; YAML aliases can make a small hostile file a tree of billions,
    /// which is refused instead of walked.
    /// </summary>
    public const int NodesMax = 100_000;

    private readonly IDeserializer _reader;
    private readonly INamingConvention _naming;
    private readonly string _source;
    private readonly List<string> _problems = [];
    private readonly List<(string Field, string Message)> _spellings = [];
    private readonly NullabilityInfoContext _nullability = new();
    private int _nodesLeft = NodesMax;
    private int _problemsFound;

    public YamlShape(IDeserializer reader, INamingConvention naming, string source)
    {
        _reader = reader;
        _naming = naming;
        _source = source;
    }

    /// <summary>True when a problem other than an unknown spelling was found (the text cannot be read into its type).</summary>
    public bool HasShapeProblems => _problemsFound > _spellings.Count;

    /// <summary>Every unknown spelling of a plan enum: its field path and the problem, naming the accepted spellings.</summary>
    public IReadOnlyList<(string Field, string Message)> Spellings => _spellings;

    /// <summary>Every problem of <paramref name="root"/> read as <paramref name="type"/>, one line each.</summary>
    public IReadOnlyList<string> Check(YamlNode root, Type type)
    {
        Walk(root, type, "", nullable: false);
        _problemsFound = _problems.Count;
        if (_problems.Count > ProblemsMax)
        {
            int more = _problems.Count - ProblemsMax;
            _problems.RemoveRange(ProblemsMax, more);
            _problems.Add($"{_source}: and {more} more problems");
        }

        return _problems;
    }

    /// <summary>"file: line 3, column 9: " for a position in the YAML text.</summary>
    public static string Where(string source, Mark mark) =>
        string.Create(CultureInfo.InvariantCulture, $"{source}: line {mark.Line}, column {mark.Column}: ");

    private void Walk(YamlNode node, Type type, string path, bool nullable)
    {
        if (--_nodesLeft == 0)
        {
            Add(node, path, $"the scenario has more than {NodesMax} values (aliases repeating aliases?); a scenario has hundreds");
        }

        if (_nodesLeft <= 0)
        {
            return;
        }

        Type? underlying = Nullable.GetUnderlyingType(type);
        if (node is YamlScalarNode empty && IsNull(empty))
        {
            if (!nullable && underlying == null)
            {
                Add(node, path, $"needs {PlainTypeNames.Describe(type)}; leave the field out for its default");
            }

            return;
        }

        Type plain = underlying ?? type;
        if (IsScalar(plain))
        {
            CheckScalar(node, plain, path);
        }
        else if (plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(List<>))
        {
            if (node is not YamlSequenceNode list)
            {
                Add(node, path, $"needs a list ([a, b], or one '- ' line per item), not {KindOf(node)}");
                return;
            }

            for (int i = 0; i < list.Children.Count; i++)
            {
                Walk(list.Children[i], plain.GetGenericArguments()[0], $"{path}[{i}]", nullable: false);
            }
        }
        else if (plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            if (node is not YamlMappingNode map)
            {
                Add(node, path, $"needs a mapping (key: value), not {KindOf(node)}");
                return;
            }

            foreach (KeyValuePair<YamlNode, YamlNode> entry in map.Children)
            {
                string key = entry.Key is YamlScalarNode k ? k.Value ?? "" : "?";
                Walk(entry.Value, plain.GetGenericArguments()[1], Join(path, key), nullable: false);
            }
        }
        else
        {
            WalkObject(node, plain, path);
        }
    }

    private void WalkObject(YamlNode node, Type type, string path)
    {
        if (node is not YamlMappingNode map)
        {
            Add(node, path, $"needs a mapping of fields (key: value), not {KindOf(node)}");
            return;
        }

        Dictionary<string, PropertyInfo> fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToDictionary(p => _naming.Apply(p.Name), StringComparer.Ordinal);
        foreach (KeyValuePair<YamlNode, YamlNode> entry in map.Children)
        {
            string key = entry.Key is YamlScalarNode k ? k.Value ?? "" : "";
            if (!fields.TryGetValue(key, out PropertyInfo? field))
            {
                Add(entry.Key, Join(path, key), $"unknown field (known here: {string.Join(", ", fields.Keys.Order(StringComparer.Ordinal))})");
                continue;
            }

            bool nullable = !field.PropertyType.IsValueType && _nullability.Create(field).WriteState == NullabilityState.Nullable;
            Walk(entry.Value, field.PropertyType, Join(path, key), nullable);
        }
    }

    private void CheckScalar(YamlNode node, Type type, string path)
    {
        if (node is not YamlScalarNode scalar)
        {
            Add(node, path, $"needs {PlainTypeNames.Describe(type)}, not {KindOf(node)}");
            return;
        }

        if (type == typeof(string))
        {
            return;
        }

        if (PlanNames.Has(type))
        {
            if (!PlanNames.TryParse(type, scalar.Value, out _))
            {
                _spellings.Add((path, PlanNames.Unknown(type, scalar.Value)));
                Add(node, path, PlanNames.Unknown(type, scalar.Value));
            }

            return;
        }

        var alone = new YamlStream(new YamlDocument(new YamlScalarNode(scalar.Value) { Style = scalar.Style }));
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        alone.Save(text, assignAnchors: false);
        try
        {
            _reader.Deserialize(text.ToString(), type);
        }
        catch (YamlException)
        {
            Add(node, path, $"'{scalar.Value}' is not {PlainTypeNames.Describe(type)}");
        }
    }

    private void Add(YamlNode node, string path, string problem) =>
        _problems.Add(Where(_source, node.Start) + (path.Length == 0 ? "the scenario" : path) + ": " + problem);

    private static bool IsScalar(Type type) => type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal);

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static string KindOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "that",
    };
}
