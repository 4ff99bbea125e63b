using System.Text;
using Generals.Core.Runtime;
using Generals.Host.Node;

namespace Generals.Harness.Provisioning;

/// <summary>
/// One signer's private state as a single file of named records, behind <see cref="IStore"/> so Core's signers use it
/// as they use a board's flash (the records themselves are sealed by their owner, see <see cref="SealedRecord"/>).
/// Writes are staged; <see cref="Flush"/> replaces the whole archive through <see cref="DurableFile"/> (temporary file,
/// fsync, rename, fsync of the folder), created 0600, so a crash leaves either the old or the new file.
/// A writable store holds the signer's lock (<see cref="FileLock"/> on the key file's ".lock" beside it) until it is
/// disposed: a second process opening the same signer is refused at once, told the holder's process id.
/// Format: "GLS1", u32 record count, then per record u16 name length, UTF-8 name, u32 length, bytes (little-endian).
/// </summary>
public sealed class SecretFileStore : IStore, IDisposable
{
    /// <summary>The suffix of the lock file beside a key file.</summary>
    public const string LockSuffix = ".lock";

    /// <summary>Largest file read: an H15 tree is 1057 records of 2016 bytes (2.1 MB); anything far beyond is not ours.</summary>
    public const int FileBytesMax = 8 << 20;

    private static readonly byte[] Magic = "GLS1"u8.ToArray();

    private readonly string _path;
    private readonly DurableFile _files;
    private readonly FileLock? _lock;
    private readonly Dictionary<string, byte[]> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _staged = new(StringComparer.Ordinal);

    private SecretFileStore(string path, DurableFile files, FileLock? held)
    {
        _path = path;
        _files = files;
        _lock = held;
    }

    /// <summary>The file's path.</summary>
    public string Path => _path;

    /// <summary>False for a read-only snapshot (<see cref="OpenSnapshot"/>), which holds no lock and refuses writes.</summary>
    public bool Writable => _lock != null;

    /// <summary>The lock file of the key file at <paramref name="path"/>.</summary>
    public static string LockPathOf(string path) => path + LockSuffix;

    /// <summary>
    /// Takes the signer's lock and opens the store at <paramref name="path"/>; a missing file is an empty store. Null
    /// with a reason when another process holds the lock or the file is not one of ours.
    /// </summary>
    public static SecretFileStore? Open(string path, out string? why) => Open(path, DurableFile.System, out why);

    /// <summary>As <see cref="Open(string, out string?)"/>, replacing the file through <paramref name="files"/>.</summary>
    internal static SecretFileStore? Open(string path, DurableFile files, out string? why)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileLock? held = Lock(path, out why);
        if (held == null)
        {
            return null;
        }

        var store = new SecretFileStore(path, files, held);
        if (!store.LoadFile(out why))
        {
            store.Dispose();
            return null;
        }

        return store;
    }

    /// <summary>
    /// Takes the signer's lock for a new key: an empty store whatever the file holds now (even a damaged one), which
    /// replaces the file at the first <see cref="Flush"/>. Null with a reason when another process holds the lock.
    /// </summary>
    public static SecretFileStore? Create(string path, out string? why)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileLock? held = Lock(path, out why);
        return held == null ? null : new SecretFileStore(path, DurableFile.System, held);
    }

    /// <summary>
    /// A read-only snapshot of the file, without the lock (what `keys status` reads while a general holds it; the
    /// file is only ever replaced whole, so a snapshot is one consistent state). Null with a reason when the file is
    /// not one of ours.
    /// </summary>
    public static SecretFileStore? OpenSnapshot(string path, out string? why)
    {
        ArgumentNullException.ThrowIfNull(path);
        var store = new SecretFileStore(path, DurableFile.System, null);
        return store.LoadFile(out why) ? store : null;
    }

    /// <summary>Releases the signer's lock.</summary>
    public void Dispose() => _lock?.Dispose();

    /// <summary>The names of the records the file holds (what `generals flash` copies onto a board).</summary>
    public IReadOnlyList<string> Names => [.. _records.Keys.Order(StringComparer.Ordinal)];

    public byte[] Read(string name)
    {
        if (_staged.TryGetValue(name, out byte[]? staged) || _records.TryGetValue(name, out staged))
        {
            return (byte[])staged.Clone();
        }

        return null!;
    }

    public void Write(string name, byte[] record)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(record);
        RequireWritable();
        _staged[name] = (byte[])record.Clone();
    }

    public void Flush()
    {
        RequireWritable();
        if (_staged.Count == 0)
        {
            return;
        }

        foreach (KeyValuePair<string, byte[]> write in _staged)
        {
            _records[write.Key] = write.Value;
        }

        _staged.Clear();
        _files.Replace(_path, Serialize(), UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static FileLock? Lock(string path, out string? why)
    {
        FileLock? held = FileLock.TryAcquire(LockPathOf(path), out string? holder);
        why = held == null ? $"{path} is in use by {holder} (a running `generals node` or harness holds this signer's key); stop it first" : null;
        return held;
    }

    private void RequireWritable()
    {
        if (_lock == null)
        {
            throw new InvalidOperationException($"{_path} was opened as a read-only snapshot");
        }
    }

    private bool LoadFile(out string? why)
    {
        why = null;
        if (!File.Exists(_path))
        {
            return true;
        }

        var info = new FileInfo(_path);
        if (info.Length > FileBytesMax)
        {
            why = $"{_path} is {info.Length} bytes, more than a key file holds";
            return false;
        }

        return Load(File.ReadAllBytes(_path), out why);
    }

    private byte[] Serialize()
    {
        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer);
        writer.Write(Magic);
        writer.Write((uint)_records.Count);
        foreach (KeyValuePair<string, byte[]> record in _records.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            byte[] name = Encoding.UTF8.GetBytes(record.Key);
            writer.Write((ushort)name.Length);
            writer.Write(name);
            writer.Write((uint)record.Value.Length);
            writer.Write(record.Value);
        }

        writer.Flush();
        return buffer.ToArray();
    }

    private bool Load(byte[] bytes, out string? why)
    {
        why = $"{_path} is not a Generals key file (or it is damaged)";
        if (bytes.Length < 8 || !bytes.AsSpan(0, 4).SequenceEqual(Magic))
        {
            return false;
        }

        int at = 8;
        uint count = BitConverter.ToUInt32(bytes, 4);
        for (uint i = 0; i < count; i++)
        {
            if (at + 2 > bytes.Length)
            {
                return false;
            }

            int nameLength = BitConverter.ToUInt16(bytes, at);
            at += 2;
            if (at + nameLength + 4 > bytes.Length)
            {
                return false;
            }

            string name = Encoding.UTF8.GetString(bytes, at, nameLength);
            at += nameLength;
            uint length = BitConverter.ToUInt32(bytes, at);
            at += 4;
            if (length > (uint)(bytes.Length - at))
            {
                return false;
            }

            _records[name] = bytes.AsSpan(at, (int)length).ToArray();
            at += (int)length;
        }

        if (at != bytes.Length)
        {
            return false;
        }

        why = null;
        return true;
    }
}
