using System.Runtime.InteropServices;
using Generals.Core.Runtime;

namespace Generals.Host.Node;

/// <summary>
/// The store of an emulated general: one file per record in its data folder. A flush writes each staged
/// record to a temporary file, fsyncs it, renames it over the record (atomic replace) and fsyncs the folder,
/// so after a kill -9 or power cut a record is either its old or its new bytes, never torn.
/// </summary>
public sealed class FileStore : IStore
{
    private const string Extension = ".rec";
    private const string TemporaryExtension = ".tmp";

    private readonly string _folder;
    private readonly List<KeyValuePair<string, byte[]>> _staged = [];

    public FileStore(string folder)
    {
        _folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(_folder);
        foreach (string torn in Directory.EnumerateFiles(_folder, "*" + TemporaryExtension))
        {
            File.Delete(torn);
        }
    }

    /// <summary>Record writes made durable so far.</summary>
    public long DurableWrites { get; private set; }

    public byte[] Read(string name)
    {
        for (int i = _staged.Count - 1; i >= 0; i--)
        {
            if (_staged[i].Key == name)
            {
                return (byte[])_staged[i].Value.Clone();
            }
        }

        string path = PathOf(name);
        return File.Exists(path) ? File.ReadAllBytes(path) : null!;
    }

    public void Write(string name, byte[] record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _ = PathOf(name);
        _staged.Add(new(name, (byte[])record.Clone()));
    }

    public void Flush()
    {
        if (_staged.Count == 0)
        {
            return;
        }

        foreach (KeyValuePair<string, byte[]> write in _staged)
        {
            string path = PathOf(write.Key);
            string temporary = path + TemporaryExtension;
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                file.Write(write.Value);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            DurableWrites++;
        }

        _staged.Clear();
        SyncFolder(_folder);
    }

    private string PathOf(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.')) || name.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"record name '{name}' is not [A-Za-z0-9/._-]", nameof(name));
        }

        return Path.Combine(_folder, name.Replace('/', '~') + Extension);
    }

    /// <summary>fsync of the folder, so the rename itself survives a power cut (POSIX; a no-op elsewhere).</summary>
    private static void SyncFolder(string folder)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
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

/// <summary>The few POSIX calls .NET does not expose: fsync of a folder, and signals for pause and kill.</summary>
internal static partial class Posix
{
    public const int ReadOnly = 0;

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    public static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);
}
