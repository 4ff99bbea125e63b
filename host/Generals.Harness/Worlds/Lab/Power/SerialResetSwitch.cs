namespace Generals.Harness.Worlds.Lab.Power;

/// <summary>
/// A board held in reset through its USB serial port (`serial-reset:PORT`): the ESP32 dev-board auto-reset circuit esptool
/// uses pulls EN low while RTS is asserted and DTR is not. Off holds the chip there (RTS on, DTR off: the program stops as at a
/// power cut, flash keeps what was written); on releases EN with IO0 high (both off), so the board boots its firmware as
/// after a power cycle. Not a power cut of the USB chip: the port stays, which is what lets the harness hold the line.
/// </summary>
public sealed class SerialResetSwitch(ISerialLines lines) : IPowerSwitch, IDisposable
{
    public string Spec => "serial-reset:" + lines.Port;

    public bool ByHand => false;

    public ToolResult Switch(bool on)
    {
        string said = on ? $"serial-reset {lines.Port}: release EN (RTS off, DTR off)" : $"serial-reset {lines.Port}: hold EN low (RTS on, DTR off)";
        try
        {
            lines.Set(dtr: false, rts: !on);
            return new ToolResult(said, 0, "");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            return new ToolResult(said, ToolResult.NotRun, e.Message);
        }
    }

    public void Dispose() => lines.Dispose();
}
