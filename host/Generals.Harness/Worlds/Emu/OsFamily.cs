namespace Generals.Harness.Worlds.Emu;

/// <summary>The operating systems the process seam tells apart: they differ in how a process is paused (docs/install.md).</summary>
public enum OsFamily
{
    /// <summary>Linux: signal numbers of the generic table (SIGSTOP 19, SIGCONT 18) on x64 and arm64.</summary>
    Linux,

    /// <summary>macOS, FreeBSD and the other BSDs: the BSD table (SIGSTOP 17, SIGCONT 19).</summary>
    Bsd,

    /// <summary>Windows: no signals; a process is suspended and resumed through ntdll.</summary>
    Windows,

    /// <summary>Anything else .NET runs on: no known way to pause a process, so a pause is refused.</summary>
    Other,
}
