using System.Reflection;
using Generals.Harness.Plan;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Generals.Harness.Scenarios;

/// <summary>Reads scenarios from YAML files or the built-ins embedded in this assembly, and validates them.</summary>
public static class ScenarioLoader
{
    private const string ResourcePrefix = "scenarios/";

    private static readonly INamingConvention Naming = UnderscoredNamingConvention.Instance;

    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(Naming)
        .WithTypeConverter(new PlanEnumConverter())
        .Build();

    private static readonly ISerializer Writer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithTypeConverter(new PlanEnumConverter())
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitDefaults | DefaultValuesHandling.OmitEmptyCollections)
        .Build();

    /// <summary>Names of the built-in scenarios, sorted.</summary>
    public static IReadOnlyList<string> BuiltInNames() =>
        typeof(ScenarioLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".yaml".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A built-in by name, or a YAML file by path; <see cref="FileNotFoundException"/> when it is neither.</summary>
    public static Scenario Load(string nameOrPath)
    {
        if (File.Exists(nameOrPath))
        {
            return Parse(File.ReadAllText(nameOrPath), nameOrPath);
        }

        string? text = BuiltInText(nameOrPath);
        return text != null
            ? Parse(text, nameOrPath)
            : throw new FileNotFoundException($"no built-in scenario or file named '{nameOrPath}' (see `generals scenarios`)", nameOrPath);
    }

    /// <summary>The YAML text of a built-in, or null.</summary>
    public static string? BuiltInText(string name)
    {
        using Stream? stream = typeof(ScenarioLoader).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".yaml");
        if (stream == null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Parses and validates YAML. A syntax error names its line and column; a value of the wrong kind or an unknown
    /// field is reported with every other such problem of the file, each on its own line with its line, column and
    /// field, in plain words (<see cref="YamlShape"/>); so is every spelling that names no fault kind, timing model,
    /// distribution, signature scheme, verdict or command (<see cref="PlanNames"/>), then placed at its field like the
    /// validator's problems. This is the one place the YAML becomes typed values: nothing downstream sees a spelling.
    /// Then <see cref="ScenarioValidator"/> judges the values.
    /// </summary>
    public static Scenario Parse(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ScenarioException(YamlShape.Where(source, e.Start) + PlainTypeNames.Scrub(e.Message));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" or "~" })
        {
            throw new ScenarioException($"{source}: empty scenario");
        }

        if (stream.Documents.Count > 1)
        {
            throw new ScenarioException(YamlShape.Where(source, stream.Documents[1].RootNode.Start) + "one scenario per file, and this is a second YAML document");
        }

        var shape = new YamlShape(Reader, Naming, source);
        IReadOnlyList<string> problems = shape.Check(stream.Documents[0].RootNode, typeof(Scenario));
        if (shape.HasShapeProblems)
        {
            throw new ScenarioException(string.Join("\n", problems));
        }

        ScenarioPositions positions = ScenarioPositions.Of(yaml);
        if (shape.Spellings.Count > 0)
        {
            throw new ScenarioException(source, [.. shape.Spellings.Select(s => positions.Problem(s.Field, s.Message))]);
        }

        Scenario scenario;
        try
        {
            scenario = Reader.Deserialize<Scenario>(yaml) ?? throw new ScenarioException($"{source}: empty scenario");
        }
        catch (YamlException e)
        {
            // YamlShape found nothing, so this is a case it does not know; still said without .NET type names.
            throw new ScenarioException(YamlShape.Where(source, e.Start) + PlainTypeNames.Scrub(e.InnerException?.Message ?? e.Message));
        }

        ScenarioValidator.Validate(scenario, source, positions);
        return scenario;
    }

    /// <summary>The scenario as YAML, as written to the run folder.</summary>
    public static string ToYaml(Scenario scenario) => Writer.Serialize(scenario);
}
