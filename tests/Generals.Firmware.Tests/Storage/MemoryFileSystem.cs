using Generals.Firmware.Storage;

namespace Generals.Firmware.Tests.Storage;

/// <summary>
/// A flash file system in memory that can lose power: after <see cref="CutAfter"/> more write, delete or move operations
/// the next one fails as a power cut would (a write keeps only the first half of its bytes), and every later one too.
/// </summary>
internal sealed class MemoryFileSystem : IFileSystem
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal) { "I:\\" };
    private int _operationsLeft = int.MaxValue;

    /// <summary>File operations that changed something, in order ("write path", "delete path", "move from to").</summary>
    public List<string> Operations { get; } = [];

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>The next <paramref name="operations"/> operations succeed; the one after is cut.</summary>
    public void CutAfter(int operations) => _operationsLeft = operations;

    /// <summary>Power is back: operations succeed again.</summary>
    public void Restore() => _operationsLeft = int.MaxValue;

    public bool Exists(string path) => _files.ContainsKey(path);

    public bool FolderExists(string path) => _folders.Contains(path);

    public void CreateFolder(string path) => _folders.Add(path);

    public byte[] ReadAll(string path) => _files.TryGetValue(path, out byte[]? bytes) ? (byte[])bytes.Clone() : null!;

    public void WriteAll(string path, byte[] bytes)
    {
        if (Cut())
        {
            _files[path] = bytes[..(bytes.Length / 2)];
            throw new IOException("power cut while writing " + path);
        }

        _files[path] = (byte[])bytes.Clone();
        Operations.Add("write " + path);
    }

    public void Delete(string path)
    {
        if (Cut())
        {
            throw new IOException("power cut before deleting " + path);
        }

        _files.Remove(path);
        Operations.Add("delete " + path);
    }

    public void Move(string from, string to)
    {
        if (Cut())
        {
            throw new IOException("power cut before moving " + from);
        }

        if (_files.ContainsKey(to) || !_files.Remove(from, out byte[]? bytes))
        {
            throw new IOException("nanoFramework's File.Move refuses a missing source or an existing destination");
        }

        _files[to] = bytes;
        Operations.Add("move " + from + " " + to);
    }

    private bool Cut()
    {
        if (_operationsLeft == 0)
        {
            return true;
        }

        if (_operationsLeft != int.MaxValue)
        {
            _operationsLeft--;
        }

        return false;
    }
}
