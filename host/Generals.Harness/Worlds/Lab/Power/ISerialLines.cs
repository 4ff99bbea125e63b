namespace Generals.Harness.Worlds.Lab.Power;

/// <summary>The two modem lines of a board's USB serial port, as its auto-reset circuit reads them (DTR to IO0, RTS to EN).</summary>
public interface ISerialLines : IDisposable
{
    /// <summary>The port as nf.config names it (/dev/ttyUSB0, COM5).</summary>
    string Port { get; }

    /// <summary>Sets both lines (true = asserted); opens the port the first time and keeps it open, since closing may move the lines.</summary>
    void Set(bool dtr, bool rts);
}
