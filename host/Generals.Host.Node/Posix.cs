using System.Runtime.InteropServices;

namespace Generals.Host.Node;

/// <summary>The few POSIX calls .NET does not expose: fsync of a folder, and reading a file another process holds locked.</summary>
internal static partial class Posix
{
    public const int ReadOnly = 0;

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, [Out] byte[] buffer, nint count);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    public static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    public static bool Available => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();
}
