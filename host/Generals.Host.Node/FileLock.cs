using System.Globalization;
using System.Text;

namespace Generals.Host.Node;

/// <summary>
/// An exclusive lock on a file, held by this process until disposed, or until the process dies: the operating
/// system drops it then, so a kill -9 never leaves a stale lock behind. .NET takes it with FileShare.None, which is
/// flock(LOCK_EX) on Linux and macOS (a second opening is refused even inside one process) and a sharing mode on
/// Windows. The holder writes its process id inside, so a refused process can say who holds it.
/// </summary>
public sealed class FileLock : IDisposable
{
    private const int PidBytesMax = 32;

    private readonly FileStream _stream;

    private FileLock(string path, FileStream stream)
    {
        Path = path;
        _stream = stream;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>
    /// Takes the lock on <paramref name="path"/> (created if missing) at once, or returns null with a description of the
    /// holder in <paramref name="holder"/> ("process 1234", or "another process" where the id cannot be read).
    /// </summary>
    public static FileLock? TryAcquire(string path, out string? holder)
    {
        ArgumentNullException.ThrowIfNull(path);
        holder = null;
        FileStream stream;
        try
        {
            // OpenOrCreate, not Create: truncating happens before the lock is tried and would erase the holder's id.
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException))
        {
            holder = HolderOf(path) is int pid ? "process " + pid.ToString(CultureInfo.InvariantCulture) : "another process";
            return null;
        }

        stream.SetLength(0);
        stream.Write(Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n"));
        stream.Flush();
        return new FileLock(path, stream);
    }

    /// <summary>Releases the lock (the file stays, with the last holder's id).</summary>
    public void Dispose() => _stream.Dispose();

    // Reads the holder's id past .NET, whose own readers take a shared lock and are refused as well.
    private static int? HolderOf(string path)
    {
        if (!Posix.Available)
        {
            return null;
        }

        int fd = Posix.Open(path, Posix.ReadOnly);
        if (fd < 0)
        {
            return null;
        }

        try
        {
            byte[] buffer = new byte[PidBytesMax];
            nint count = Posix.Read(fd, buffer, buffer.Length);
            string text = count > 0 ? Encoding.ASCII.GetString(buffer, 0, (int)count).Trim() : "";
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int pid) && pid > 0 ? pid : null;
        }
        finally
        {
            Posix.Close(fd);
        }
    }
}
