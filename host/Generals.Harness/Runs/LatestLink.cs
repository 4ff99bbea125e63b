namespace Generals.Harness.Runs;

/// <summary>
/// `store/&lt;scenario&gt;/latest`: the newest run folder beside it. A symbolic link where the OS lets us make one; where it
/// does not (Windows without developer mode or administrator rights), a text file named `latest` holding the folder's
/// name. Whatever reads a run folder path goes through <see cref="Resolve"/>, so both kinds work.
/// </summary>
public static class LatestLink
{
    /// <summary>The name of the link (or file) beside the run folders.</summary>
    public const string Name = "latest";

    /// <summary>Makes a symbolic link; the parameters are the link's path and its target (relative to the link's folder).</summary>
    public delegate void SymbolicLinkMaker(string link, string target);

    /// <summary>A file `latest` names a folder in at most this many characters: a run folder's name is a UTC time, far shorter.</summary>
    private const int TargetCharsMax = 255;

    private static readonly SymbolicLinkMaker Symlink = (link, target) => Directory.CreateSymbolicLink(link, target);

    /// <summary>
    /// Points `latest` beside <paramref name="folder"/> at it: a symbolic link made by <paramref name="makeLink"/> (default:
    /// the OS's), or, when the OS refuses one, a text file naming the folder. Returns the path of what was written.
    /// </summary>
    public static string Write(string folder, SymbolicLinkMaker? makeLink = null)
    {
        string full = Path.GetFullPath(folder);
        string latest = Path.Combine(Path.GetDirectoryName(full)!, Name);
        string target = Path.GetFileName(full);
        Remove(latest);
        try
        {
            (makeLink ?? Symlink)(latest, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            Remove(latest);
            File.WriteAllText(latest, target + "\n");
        }

        return latest;
    }

    /// <summary>
    /// <paramref name="path"/> with a `latest` text file in it replaced by the folder it names (its last segment, or
    /// one in the middle such as store/om/latest/report.html); any other path, a symbolic link included, as given.
    /// </summary>
    public static string Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // Each pass moves past one `latest` segment, so the loop ends within the path's length.
        for (int from = 0; Segment(path, from) is int at;)
        {
            int end = at + Name.Length;
            if (Target(path[..end]) is { } target)
            {
                path = string.Concat(path.AsSpan(0, at), target, path.AsSpan(end));
                end = at + target.Length;
            }

            from = end;
        }

        return path;
    }

    /// <summary>The folder name a `latest` text file holds, or null when <paramref name="latest"/> is no such file (a link, a folder, missing, or not one plain name).</summary>
    public static string? Target(string latest)
    {
        if (!File.Exists(latest) || new FileInfo(latest).LinkTarget != null || new FileInfo(latest).Length > TargetCharsMax)
        {
            return null;
        }

        string name = File.ReadAllText(latest).Trim();
        bool plain = name.Length > 0 && name != "." && name != ".." && name.IndexOfAny(['/', '\\', '\0']) < 0;
        return plain ? name : null;
    }

    // Where the next segment named exactly `latest` starts at or after from, or null.
    private static int? Segment(string path, int from)
    {
        for (int at = path.IndexOf(Name, from, StringComparison.Ordinal); at >= 0; at = path.IndexOf(Name, at + 1, StringComparison.Ordinal))
        {
            int end = at + Name.Length;
            if ((at == 0 || IsSeparator(path[at - 1])) && (end == path.Length || IsSeparator(path[end])))
            {
                return at;
            }
        }

        return null;
    }

    private static bool IsSeparator(char c) => c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;

    // Removes a link or file named latest (a dangling link too); a real folder of that name is no run's and stays.
    private static void Remove(string latest)
    {
        var info = new FileInfo(latest);
        if (info.LinkTarget == null && !File.Exists(latest))
        {
            return;
        }

        if (OperatingSystem.IsWindows() && Directory.Exists(latest))
        {
            Directory.Delete(latest);
        }
        else
        {
            File.Delete(latest);
        }
    }
}
