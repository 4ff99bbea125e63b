using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Generals.Harness.Runs;

namespace Generals.Cli;

/// <summary>
/// `--json`: one document on stdout and nothing else there, property names in snake_case like results.json and the history
/// (docs/cli.md has each command's shape).
/// </summary>
public static class CliJson
{
    /// <summary>The option every command with a JSON form takes.</summary>
    public const string OptionName = "--json";

    // Relaxed escaping: the document is read by scripts, never pasted into HTML, so `1>3` stays `1>3`.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static System.CommandLine.Option<bool> Option() =>
        new(OptionName) { Description = "Print one JSON document on stdout instead of the tables (progress stays on stderr; docs/cli.md has its shape)." };

    /// <summary>Writes <paramref name="document"/> to stdout.</summary>
    public static void Write(CliConsole console, JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(document);
        console.Output.WriteLine(document.ToJsonString(Indented));
    }

    /// <summary>A run as results.json has it, with its run folder (null when none was written) and the command that replays it.</summary>
    public static JsonObject Run(RunOutcome run, string? folder, string? replay = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        JsonObject document = JsonNode.Parse(RunFolder.ResultsJson(run))!.AsObject();
        document["run_folder"] = folder;
        document["replay"] = replay ?? Commands.ReplayLine.For(run);
        return document;
    }
}
