using Generals.Harness.Worlds.Lab.Power;
using NSubstitute;

namespace Generals.Harness.Tests.Lab;

/// <summary>serial-reset drives the ESP32 auto-reset circuit the way esptool does: EN held low by RTS, IO0 left high.</summary>
public sealed class SerialResetSwitchTests
{
    private readonly ISerialLines _lines = Substitute.For<ISerialLines>();

    public SerialResetSwitchTests() => _lines.Port.Returns("/dev/ttyUSB3");

    [Fact]
    public void Switch_Off_HoldsENLowWithRtsAndLeavesDtrOff()
    {
        var power = new SerialResetSwitch(_lines);

        ToolResult result = power.Switch(on: false);

        _lines.Received(1).Set(dtr: false, rts: true);
        Assert.True(result.Ok);
        Assert.Equal("serial-reset /dev/ttyUSB3: hold EN low (RTS on, DTR off)", result.Command);
    }

    [Fact]
    public void Switch_On_ReleasesBothLinesSoTheBoardBootsItsFirmware()
    {
        var power = new SerialResetSwitch(_lines);

        power.Switch(on: false);
        ToolResult result = power.Switch(on: true);

        Received.InOrder(() =>
        {
            _lines.Set(dtr: false, rts: true);
            _lines.Set(dtr: false, rts: false);
        });
        Assert.True(result.Ok);
    }

    [Fact]
    public void Switch_PortFails_NotRunWithTheReason_NeverThrows()
    {
        _lines.When(l => l.Set(Arg.Any<bool>(), Arg.Any<bool>())).Do(_ => throw new UnauthorizedAccessException("Access to the port '/dev/ttyUSB3' is denied."));
        var power = new SerialResetSwitch(_lines);

        ToolResult result = power.Switch(on: false);

        Assert.Equal(ToolResult.NotRun, result.Code);
        Assert.Equal("Access to the port '/dev/ttyUSB3' is denied.", result.Output);
    }

    [Fact]
    public void Dispose_LetsGoOfThePort()
    {
        var power = new SerialResetSwitch(_lines);

        power.Dispose();

        _lines.Received(1).Dispose();
    }
}
