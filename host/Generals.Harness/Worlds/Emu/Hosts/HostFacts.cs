using System.Globalization;

namespace Generals.Harness.Worlds.Emu.Hosts;

/// <summary>What this machine offers for hosts: Linux, the capabilities to make namespaces, `ip` and mosquitto.</summary>
public sealed record HostFacts(bool Linux, bool NamespaceCapable, string? Ip, string? Mosquitto)
{
    // CAP_NET_ADMIN makes links and addresses; CAP_SYS_ADMIN makes and enters namespaces (capability(7) numbers).
    private const int NetAdminBit = 12;
    private const int SysAdminBit = 21;

    /// <summary>The facts of the machine the harness runs on.</summary>
    public static HostFacts Current() =>
        new(OperatingSystem.IsLinux(), OperatingSystem.IsLinux() && HasCapabilities(File.ReadAllText("/proc/self/status")), IpCommand.Path, ExecutableSearch.Find("mosquitto"));

    /// <summary>True when /proc/self/status's effective capabilities (CapEff, hexadecimal) hold both.</summary>
    public static bool HasCapabilities(string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        string? line = status.Split('\n').FirstOrDefault(l => l.StartsWith("CapEff:", StringComparison.Ordinal));
        if (line == null || !ulong.TryParse(line["CapEff:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong effective))
        {
            return false;
        }

        ulong needed = (1UL << NetAdminBit) | (1UL << SysAdminBit);
        return (effective & needed) == needed;
    }
}
