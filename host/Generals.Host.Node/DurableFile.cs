namespace Generals.Host.Node;

/// <summary>
/// Replaces files so that a kill -9 or a power cut leaves each one either its old or its new bytes: write a temporary
/// file beside it, fsync it, rename it over the old one, then fsync the folder (without that last step the rename
/// itself may be lost, and the old file comes back). Every host file holding state or a secret goes through here:
/// a general's records (<see cref="FileStore"/>), a signer's key file, nf.keys.
/// </summary>
public sealed class DurableFile
{
    /// <summary>The suffix of a file being written; one left behind by a crash is never read.</summary>
    public const string TemporarySuffix = ".tmp";

    private readonly Action<string> _syncFolder;

    /// <summary>Creates a replacer whose folder sync is <paramref name="syncFolder"/> (tests record the calls).</summary>
    public DurableFile(Action<string> syncFolder)
    {
        ArgumentNullException.ThrowIfNull(syncFolder);
        _syncFolder = syncFolder;
    }

    /// <summary>The replacer over the operating system's fsync.</summary>
    public static DurableFile System { get; } = new(SyncFolderNow);

    /// <summary>Replaces <paramref name="path"/> with <paramref name="bytes"/> and syncs its folder.</summary>
    public void Replace(string path, ReadOnlySpan<byte> bytes, UnixFileMode? mode = null)
    {
        Install(path, bytes, mode);
        SyncFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>
    /// Writes and fsyncs a temporary file and renames it over <paramref name="path"/>, created with
    /// <paramref name="mode"/> (never wider, not even for a moment); the caller syncs the folder after its last rename.
    /// </summary>
    public void Install(string path, ReadOnlySpan<byte> bytes, UnixFileMode? mode = null)
    {
        string temporary = path + TemporarySuffix;
        File.Delete(temporary);
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = FileOptions.WriteThrough,
        };
        if (mode is UnixFileMode unixMode && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = unixMode;
        }

        using (var file = new FileStream(temporary, options))
        {
            file.Write(bytes);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>fsync of <paramref name="folder"/>, so the renames into it survive a power cut.</summary>
    public void SyncFolder(string folder) => _syncFolder(folder);

    // POSIX only: Windows has no folder handle to sync (NTFS journals the rename itself).
    private static void SyncFolderNow(string folder)
    {
        if (!Posix.Available)
        {
            return;
        }

        int fd = Posix.Open(folder, Posix.ReadOnly);
        if (fd < 0)
        {
            return;
        }

        try
        {
            Posix.Fsync(fd);
        }
        finally
        {
            Posix.Close(fd);
        }
    }
}
