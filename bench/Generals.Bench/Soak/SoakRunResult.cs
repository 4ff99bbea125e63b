using System.Globalization;
using System.Text.Json;

namespace Generals.Bench.Soak;

/// <summary>What one harness run left: its exit code (137 when the soak killed it), what it printed, and its run folder.</summary>
public sealed class SoakRunResult(string folder, int exitCode, string harnessOutput, bool harnessKilled)
{
    public string Folder { get; } = folder;

    public int ExitCode { get; } = exitCode;

    public string HarnessOutput { get; } = harnessOutput;

    /// <summary>The soak killed the harness with kill -9 (so the run folder holds logs but no history or results).</summary>
    public bool HarnessKilled { get; } = harnessKilled;

    /// <summary>history.jsonl, or "" when the harness did not live to write it.</summary>
    public string History => Read("history.jsonl");

    /// <summary>General <paramref name="id"/>'s log in the run folder (what it printed, start banners, how it ended).</summary>
    public string NodeLog(int id) => Read(Path.Combine("nodes", $"general-{id.ToString(CultureInfo.InvariantCulture)}.log"));

    /// <summary>results.json, or null when the harness did not live to write it.</summary>
    public JsonDocument? Results()
    {
        string text = Read("results.json");
        return text.Length == 0 ? null : JsonDocument.Parse(text);
    }

    private string Read(string name)
    {
        string path = Path.Combine(Folder, name);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return new StreamReader(stream).ReadToEnd();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return "";
        }
    }
}
