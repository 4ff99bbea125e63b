using Generals.Core.Runtime;

namespace Generals.Host.Node;

/// <summary>
/// The store of an emulated general: one file per record in its data folder. A flush writes each staged
/// record to a temporary file, fsyncs it, renames it over the record (atomic replace) and fsyncs the folder
/// once (<see cref="DurableFile"/>), so after a kill -9 or power cut a record is either its old or its new bytes,
/// never torn. The bytes are the General's sealed records (docs/storage.md); the store does not interpret them.
/// </summary>
public sealed class FileStore : IStore
{
    private const string Extension = ".rec";

    private readonly string _folder;
    private readonly DurableFile _files;
    private readonly List<KeyValuePair<string, byte[]>> _staged = [];

    public FileStore(string folder)
        : this(folder, DurableFile.System)
    {
    }

    /// <summary>A store whose file replacement goes through <paramref name="files"/>.</summary>
    public FileStore(string folder, DurableFile files)
    {
        ArgumentNullException.ThrowIfNull(files);
        _folder = Path.GetFullPath(folder);
        _files = files;
        Directory.CreateDirectory(_folder);
        foreach (string torn in Directory.EnumerateFiles(_folder, "*" + DurableFile.TemporarySuffix))
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
            _files.Install(PathOf(write.Key), write.Value);
            DurableWrites++;
        }

        _staged.Clear();
        _files.SyncFolder(_folder);
    }

    private string PathOf(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.')) || name.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"record name '{name}' is not [A-Za-z0-9/._-]", nameof(name));
        }

        return Path.Combine(_folder, name.Replace('/', '~') + Extension);
    }
}
