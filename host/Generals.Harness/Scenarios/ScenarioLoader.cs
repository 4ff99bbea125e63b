using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Generals.Harness.Scenarios;

/// <summary>Reads scenarios from YAML files or the built-ins embedded in this assembly, and validates them.</summary>
public static class ScenarioLoader
{
    private const string ResourcePrefix = "scenarios/";

    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly ISerializer Writer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitDefaults | DefaultValuesHandling.OmitEmptyCollections)
        .Build();

    /// <summary>Names of the built-in scenarios, sorted.</summary>
    public static IReadOnlyList<string> BuiltInNames() =>
        typeof(ScenarioLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".yaml".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A built-in by name, or a YAML file by path.</summary>
    public static Scenario Load(string nameOrPath)
    {
        if (File.Exists(nameOrPath))
        {
            return Parse(File.ReadAllText(nameOrPath), nameOrPath);
        }

        string? text = BuiltInText(nameOrPath);
        return text != null
            ? Parse(text, nameOrPath)
            : throw new ScenarioException($"no built-in scenario or file named '{nameOrPath}' (see `generals scenarios`)");
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

    /// <summary>Parses and validates YAML; errors name the source and line.</summary>
    public static Scenario Parse(string yaml, string source)
    {
        Scenario scenario;
        try
        {
            scenario = Reader.Deserialize<Scenario>(yaml) ?? throw new ScenarioException($"{source}: empty scenario");
        }
        catch (YamlException e)
        {
            throw new ScenarioException($"{source}: line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }

        ScenarioValidator.Validate(scenario, source, ScenarioPositions.Of(yaml));
        return scenario;
    }

    /// <summary>The scenario as YAML, as written to the run folder.</summary>
    public static string ToYaml(Scenario scenario) => Writer.Serialize(scenario);
}
