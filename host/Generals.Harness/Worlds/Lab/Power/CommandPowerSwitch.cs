namespace Generals.Harness.Worlds.Lab.Power;

/// <summary>
/// A power switch driven by a command-line tool: uhubctl (a USB hub port's power, `uhubctl -l LOCATION -p PORT -a off|on`)
/// or usbrelay (a USB HID relay, `usbrelay RELAY_N=0|1`). The command line is the real one; the tool's own result is the switch's.
/// </summary>
public sealed class CommandPowerSwitch : IPowerSwitch
{
    private readonly string _tool;
    private readonly IReadOnlyList<string> _off;
    private readonly IReadOnlyList<string> _on;
    private readonly ToolRunner _runner;

    private CommandPowerSwitch(string spec, string tool, IReadOnlyList<string> off, IReadOnlyList<string> on, ToolRunner runner)
    {
        Spec = spec;
        _tool = tool;
        _off = off;
        _on = on;
        _runner = runner;
    }

    public string Spec { get; }

    public bool ByHand => false;

    /// <summary>Port <paramref name="port"/> of the hub at <paramref name="location"/> (as `uhubctl` lists it: 1-1, 2-1.4).</summary>
    public static CommandPowerSwitch Uhubctl(string location, int port, ToolRunner runner)
    {
        string portText = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new CommandPowerSwitch($"uhubctl:{location}:{portText}", "uhubctl",
            ["-l", location, "-p", portText, "-a", "off"], ["-l", location, "-p", portText, "-a", "on"], runner);
    }

    /// <summary>Relay <paramref name="relay"/> (SERIAL_N, as `usbrelay` lists it: HURTM_1) of a USB HID relay board.</summary>
    public static CommandPowerSwitch UsbRelay(string relay, ToolRunner runner) =>
        new($"usbrelay:{relay}", "usbrelay", [relay + "=0"], [relay + "=1"], runner);

    public ToolResult Switch(bool on) => _runner.Run(_tool, on ? _on : _off);
}
