using System.IO.Ports;

namespace Generals.Harness.Worlds.Lab.Power;

/// <summary>A real serial port's DTR and RTS lines (System.IO.Ports), opened on first use and held open until disposed.</summary>
public sealed class SerialPortLines(string port) : ISerialLines
{
    /// <summary>The baud rate esptool opens a board with; the lines do not depend on it, the driver needs one.</summary>
    private const int BaudRate = 115200;

    private SerialPort? _serial;

    public string Port => port;

    public void Set(bool dtr, bool rts)
    {
        if (_serial == null)
        {
            var serial = new SerialPort(port, BaudRate) { DtrEnable = dtr, RtsEnable = rts, Handshake = Handshake.None };
            serial.Open();
            _serial = serial;
        }

        _serial.DtrEnable = dtr;
        _serial.RtsEnable = rts;
    }

    public void Dispose()
    {
        _serial?.Dispose();
        _serial = null;
    }
}
