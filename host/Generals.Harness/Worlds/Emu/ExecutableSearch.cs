namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// Finds a program the kit starts but does not ship (mosquitto): in the folders on PATH first, as a shell would, then where
/// packages put it without PATH knowing (Debian's /usr/sbin is not on a user's PATH; Homebrew's /opt/homebrew on Apple
/// silicon; the Windows installer's folder under Program Files).
/// </summary>
public static class ExecutableSearch
{
    /// <summary>Folders searched after PATH on Linux and macOS.</summary>
    public static IReadOnlyList<string> UnixFolders { get; } =
        ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin", "/opt/homebrew/sbin", "/opt/homebrew/bin"];

    /// <summary>The program <paramref name="name"/> on this machine, or null.</summary>
    public static string? Find(string name) =>
        Find(name, Environment.GetEnvironmentVariable("PATH"), OperatingSystem.IsWindows(), Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles));

    /// <summary>
    /// The first file named <paramref name="name"/> (with ".exe" on <paramref name="windows"/>) in <paramref name="path"/>'s
    /// folders, then in <see cref="UnixFolders"/> (or <paramref name="programFiles"/>/name on Windows); on Unix only a file
    /// its user may execute counts. Null when there is none.
    /// </summary>
    public static string? Find(string name, string? path, bool windows, string? programFiles = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        string file = windows ? name + ".exe" : name;
        IEnumerable<string> onPath = (path ?? "").Split(windows ? ';' : ':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        IEnumerable<string> known = windows
            ? string.IsNullOrEmpty(programFiles) ? [] : [Path.Combine(programFiles, name)]
            : UnixFolders;
        return onPath.Concat(known).Select(folder => Path.Combine(folder, file)).FirstOrDefault(candidate => Runnable(candidate, windows));
    }

    private static bool Runnable(string candidate, bool windows) =>
        File.Exists(candidate) && (windows || OperatingSystem.IsWindows() || (File.GetUnixFileMode(candidate) & UnixFileMode.UserExecute) != 0);
}
