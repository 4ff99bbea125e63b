using System.Runtime.InteropServices;

namespace Generals.Harness.Worlds.Emu;

/// <summary>Picks the process control of an OS (docs/install.md, "Operating systems"): the facts are injected, so each choice is tested on any OS.</summary>
public static class ProcessControls
{
    /// <summary>The process control of the OS this process runs on.</summary>
    public static IProcessControl Current { get; } = For(CurrentFamily(), RuntimeInformation.OSDescription);

    /// <summary>The family of the OS this process runs on.</summary>
    public static OsFamily CurrentFamily() =>
        OperatingSystem.IsLinux() ? OsFamily.Linux
        : OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() || OperatingSystem.IsMacCatalyst() ? OsFamily.Bsd
        : OperatingSystem.IsWindows() ? OsFamily.Windows
        : OsFamily.Other;

    /// <summary>The process control for <paramref name="family"/>; <paramref name="description"/> names the OS in a refusal.</summary>
    public static IProcessControl For(OsFamily family, string description) =>
        family == OsFamily.Windows ? new WindowsProcessControl()
        : SignalNumbers.For(family) is { } numbers ? new PosixProcessControl(numbers)
        : new KillOnlyProcessControl(description);
}
