using System.Text.Json;
using Generals.Harness.Runs;

namespace Generals.Cli.Serve;

/// <summary>
/// The run folders under a store (a folder holding history.jsonl, at most <see cref="DepthMax"/> levels down; `latest`
/// links and other symbolic links are not followed) and the files of them the server may send: the report, the history,
/// results, JUnit, the scenario and the logs, never a kit's secrets or a general's data folder.
/// </summary>
public sealed class StoreRuns(string store)
{
    /// <summary>Rows the list shows, newest first: a page a browser draws at once; older runs stay on disk.</summary>
    public const int RunsListedMax = 500;

    /// <summary>How deep run folders are looked for: store/&lt;scenario&gt;/&lt;time&gt;/ and store/&lt;scenario&gt;/failures/seed-N/, one more for --out folders.</summary>
    public const int DepthMax = 4;

    /// <summary>Folders looked into at most per listing: a store that is really a home folder cannot hold the server up.</summary>
    public const int FoldersVisitedMax = 20_000;

    private static readonly HashSet<string> ServedExtensions = new(StringComparer.Ordinal) { ".html", ".jsonl", ".json", ".xml", ".yaml", ".log", ".txt", ".svg" };

    // Folders of a run folder that hold what must never leave the machine: keys and passwords, the generals' stores, the broker's files.
    private static readonly HashSet<string> PrivateFolders = new(StringComparer.Ordinal) { "secrets", "data", "kit", "mosquitto" };

    private static readonly EnumerationOptions NoLinks = new() { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };

    /// <summary>The store's full path.</summary>
    public string Root { get; } = System.IO.Path.GetFullPath(store);

    /// <summary>The run folders, newest first, at most <see cref="RunsListedMax"/>.</summary>
    public List<RunRow> List()
    {
        var rows = new List<RunRow>();
        if (!Directory.Exists(Root))
        {
            return rows;
        }

        var pending = new Queue<(string Folder, int Depth)>();
        pending.Enqueue((Root, 0));
        int visited = 0;
        while (pending.Count > 0 && visited++ < FoldersVisitedMax)
        {
            (string folder, int depth) = pending.Dequeue();
            string history = System.IO.Path.Combine(folder, "history.jsonl");
            if (depth > 0 && File.Exists(history))
            {
                rows.Add(Row(folder, File.GetLastWriteTimeUtc(history)));
                continue;
            }

            if (depth < DepthMax)
            {
                foreach (string child in Directory.EnumerateDirectories(folder, "*", NoLinks).Where(c => !PrivateFolders.Contains(System.IO.Path.GetFileName(c))))
                {
                    pending.Enqueue((child, depth + 1));
                }
            }
        }

        return [.. rows.OrderByDescending(r => r.WrittenUtc).ThenBy(r => r.Path, StringComparer.Ordinal).Take(RunsListedMax)];
    }

    /// <summary>
    /// The full path of the file <paramref name="relative"/> ('/'-separated, under the store) when the server may send it,
    /// else null: no empty, dot or hidden segment, no private folder, no symbolic link leading out of the store, a served extension, inside the store.
    /// </summary>
    public string? Resolve(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        string[] segments = relative.Split('/');
        if (relative.Contains('\\', StringComparison.Ordinal) || relative.Contains('\0', StringComparison.Ordinal)
            || segments.Any(s => s.Length == 0 || s[0] == '.' || PrivateFolders.Contains(s))
            || !ServedExtensions.Contains(System.IO.Path.GetExtension(relative)))
        {
            return null;
        }

        // A `latest` text file (where the OS gave no symbolic link) names a folder beside it: one plain name, so still inside the store.
        string full = System.IO.Path.GetFullPath(LatestLink.Resolve(System.IO.Path.Combine(Root, relative)));
        if (!full.StartsWith(Root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        // A symbolic link below the store (`latest`) only when it leads to a place inside the store, never one planted to reach outside.
        string at = Root;
        foreach (string segment in segments)
        {
            at = System.IO.Path.Combine(at, segment);
            if ((File.Exists(at) || Directory.Exists(at)) && new FileInfo(at).LinkTarget != null
                && new FileInfo(at).ResolveLinkTarget(returnFinalTarget: true) is { } target
                && !System.IO.Path.GetFullPath(target.FullName).StartsWith(Root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return full;
    }

    private RunRow Row(string folder, DateTime writtenUtc)
    {
        string path = System.IO.Path.GetRelativePath(Root, folder).Replace(System.IO.Path.DirectorySeparatorChar, '/');
        string results = System.IO.Path.Combine(folder, "results.json");
        if (!File.Exists(results))
        {
            return new RunRow(path, path.Split('/')[0], "", "", "none", "", false, writtenUtc);
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(results));
            JsonElement root = doc.RootElement;
            return new RunRow(
                path, Text(root, "scenario"), Text(root, "mode"), Text(root, "seed"), Text(root, "verdict"), Text(root, "expected"),
                root.TryGetProperty("matches_expectation", out JsonElement m) && m.ValueKind == JsonValueKind.True, writtenUtc);
        }
        catch (Exception e) when (e is JsonException or IOException or InvalidOperationException)
        {
            return new RunRow(path, path.Split('/')[0], "", "", "unreadable", "", false, writtenUtc);
        }
    }

    private static string Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out JsonElement value) ? value.ToString() : "";
}
