using System.Text;
using Generals.Core.Runtime;

namespace Generals.Harness.Provisioning;

/// <summary>
/// One signer's private state as a single file of named records, behind <see cref="IStore"/> so Core's signers use it
/// as they use a board's flash. Writes are staged; <see cref="Flush"/> writes the whole archive to a temporary file,
/// syncs it and renames it over the old one, so a crash leaves either the old or the new file.
/// Format: "GLS1", u32 record count, then per record u16 name length, UTF-8 name, u32 length, bytes (little-endian).
/// </summary>
public sealed class SecretFileStore : IStore
{
    /// <summary>Largest file read: an H15 tree is 1057 records of 2016 bytes (2.1 MB); anything far beyond is not ours.</summary>
    public const int FileBytesMax = 8 << 20;

    private static readonly byte[] Magic = "GLS1"u8.ToArray();

    private readonly string _path;
    private readonly Dictionary<string, byte[]> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _staged = new(StringComparer.Ordinal);

    private SecretFileStore(string path) => _path = path;

    /// <summary>The file's path.</summary>
    public string Path => _path;

    /// <summary>Opens the store at <paramref name="path"/>; a missing file is an empty store. Null with a reason when the file is not one of ours.</summary>
    public static SecretFileStore? Open(string path, out string? why)
    {
        ArgumentNullException.ThrowIfNull(path);
        var store = new SecretFileStore(path);
        why = null;
        if (!File.Exists(path))
        {
            return store;
        }

        var info = new FileInfo(path);
        if (info.Length > FileBytesMax)
        {
            why = $"{path} is {info.Length} bytes, more than a key file holds";
            return null;
        }

        return store.Load(File.ReadAllBytes(path), out why) ? store : null;
    }

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
        _staged[name] = (byte[])record.Clone();
    }

    public void Flush()
    {
        if (_staged.Count == 0)
        {
            return;
        }

        foreach (KeyValuePair<string, byte[]> write in _staged)
        {
            _records[write.Key] = write.Value;
        }

        _staged.Clear();
        string temporary = _path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(Serialize());
            stream.Flush(flushToDisk: true);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, _path, overwrite: true);
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
