using System.Text.Json;
using Json.Schema;

namespace Generals.Harness.Tests.Schema;

/// <summary>
/// Validates history.jsonl lines against the published schema, docs/history.schema.json, with JsonSchema.Net (an
/// implementation of JSON Schema draft 2020-12 that knows nothing of this project). Shared with the emulated tests.
/// </summary>
internal static class HistorySchemaValidator
{
    /// <summary>docs/history.schema.json in this repository.</summary>
    public static string PublishedPath { get; } = Path.Combine(RepositoryRoot(), "docs", "history.schema.json");

    private static readonly Lazy<JsonSchema> Published = new(() => JsonSchema.FromText(File.ReadAllText(PublishedPath)));

    /// <summary>"line 12: ..." for each line that does not validate (at most <paramref name="max"/>); empty when every line does.</summary>
    public static List<string> Problems(IEnumerable<string> lines, int max = 10)
    {
        var problems = new List<string>();
        int number = 0;
        foreach (string line in lines)
        {
            number++;
            if (problems.Count >= max)
            {
                break;
            }

            string? problem = Problem(line);
            if (problem != null)
            {
                problems.Add($"line {number}: {problem}: {line}");
            }
        }

        return problems;
    }

    /// <summary>Why one line does not validate, or null when it does.</summary>
    public static string? Problem(string line)
    {
        JsonElement instance;
        try
        {
            using JsonDocument document = JsonDocument.Parse(line);
            instance = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return "not JSON (" + e.Message + ")";
        }

        EvaluationResults results = Published.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return null;
        }

        IEnumerable<string> errors = (results.Details ?? []).Where(d => d.Errors != null)
            .SelectMany(d => d.Errors!.Select(kv => $"{d.InstanceLocation} {kv.Key}: {kv.Value}"));
        return string.Join("; ", errors.Distinct().Take(5));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Devices.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Devices.sln not found above " + AppContext.BaseDirectory);
    }
}
