namespace Generals.Cli;

/// <summary>
/// Writing what a command produces (a run folder, a general's data folder): a failure there is an I/O failure (exit 74) that names the folder,
/// never "input missing", whatever the file system called it (a missing parent is a FileNotFoundException to .NET).
/// </summary>
public static class OutputFolder
{
    public static void Write(string folder, Action write)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not Harness.Worlds.Emu.ProcessStartException)
        {
            throw new IOException($"{folder}: cannot write there ({e.Message.TrimEnd('.')})", e);
        }
    }

    /// <summary>
    /// Refuses an --out folder that exists and holds anything, unless <paramref name="force"/>: a run folder written over
    /// another run's would mix two histories (a usage error, exit 64, before anything runs).
    /// </summary>
    public static void RefuseNonEmpty(string? folder, bool force)
    {
        if (folder != null && !force && Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new UsageException($"--out {folder} exists and is not empty: choose another folder, or add --force to write into it");
        }
    }

    /// <summary>The same for a value computed while writing.</summary>
    public static T Write<T>(string folder, Func<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        T result = default!;
        Write(folder, () => { result = write(); });
        return result;
    }
}
