using System.Globalization;

namespace Generals.Harness.Worlds.Lab.Power;

/// <summary>
/// The power switch nf.config names for a board (docs/nf-config.md: `uhubctl:LOCATION:PORT`, `usbrelay:RELAY_N`,
/// `usbrelayd:RELAY_N` through the kit's broker, `serial-reset:PORT`, `manual`, `none`): the one place where a `power` value becomes a driver. nf.config's parser has checked the syntax.
/// </summary>
public static class PowerSwitches
{
    /// <summary>The `power` value of a board the harness cannot switch.</summary>
    public const string None = "none";

    /// <summary>
    /// The switch of board <paramref name="board"/> whose `power` is <paramref name="spec"/>: tools run by
    /// <paramref name="runner"/>, a person asked through <paramref name="ask"/>; null for `none` or a driver this harness does
    /// not have (<see cref="Unsupported"/> says which).
    /// </summary>
    public static IPowerSwitch? For(int board, string spec, ToolRunner runner, Action<string> ask, IRelayDaemonBus? relays = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec == "manual")
        {
            return new ManualPowerSwitch(board, ask);
        }

        if (spec.StartsWith("uhubctl:", StringComparison.Ordinal))
        {
            string[] parts = spec.Split(':');
            return CommandPowerSwitch.Uhubctl(parts[1], int.Parse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture), runner);
        }

        if (spec.StartsWith("serial-reset:", StringComparison.Ordinal))
        {
            return new SerialResetSwitch(new SerialPortLines(spec["serial-reset:".Length..]));
        }

        if (spec.StartsWith("usbrelayd:", StringComparison.Ordinal))
        {
            return relays == null ? null : new UsbRelaydSwitch(spec["usbrelayd:".Length..], relays);
        }

        return spec.StartsWith("usbrelay:", StringComparison.Ordinal) ? CommandPowerSwitch.UsbRelay(spec["usbrelay:".Length..], runner) : null;
    }

    /// <summary>Why the harness cannot drive <paramref name="spec"/> (a driver it does not have yet), or null.</summary>
    public static string? Unsupported(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec == None || spec == "manual" || spec.StartsWith("uhubctl:", StringComparison.Ordinal) || spec.StartsWith("usbrelay:", StringComparison.Ordinal)
            || spec.StartsWith("usbrelayd:", StringComparison.Ordinal) || spec.StartsWith("serial-reset:", StringComparison.Ordinal)
            ? null
            : $"power '{spec}' has no driver in this harness (use uhubctl:, usbrelay:, usbrelayd:, serial-reset: or manual)";
    }
}
