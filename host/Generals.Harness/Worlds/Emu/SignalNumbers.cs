namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The POSIX signals the harness sends, by number, which differ between Unix families: Linux's generic table
/// (asm-generic/signal.h, used on x64 and arm64) against the BSD one that macOS inherited (sys/signal.h).
/// </summary>
public sealed record SignalNumbers(int Stop, int Continue, int Terminate)
{
    /// <summary>Linux: SIGSTOP 19, SIGCONT 18, SIGTERM 15.</summary>
    public static SignalNumbers Linux { get; } = new(19, 18, 15);

    /// <summary>macOS, FreeBSD, OpenBSD, NetBSD: SIGSTOP 17, SIGCONT 19, SIGTERM 15.</summary>
    public static SignalNumbers Bsd { get; } = new(17, 19, 15);

    /// <summary>The table of <paramref name="family"/>; null for an OS without POSIX signals or with a table we do not know.</summary>
    public static SignalNumbers? For(OsFamily family) => family switch
    {
        OsFamily.Linux => Linux,
        OsFamily.Bsd => Bsd,
        _ => null,
    };
}
