using NSubstitute;
using Generals.Harness.Worlds.Lab.Power;

namespace Generals.Harness.Tests.Lab;

/// <summary>Each nf.config `power` value drives its tool with the tool's real command line and reports the tool's own result.</summary>
public sealed class PowerSwitchesTests : IDisposable
{
    private readonly RecordingTool _tools = new();

    public void Dispose() => _tools.Dispose();

    [Theory]
    [InlineData("uhubctl:1-1:2", false, "uhubctl -l 1-1 -p 2 -a off")]
    [InlineData("uhubctl:1-1:2", true, "uhubctl -l 1-1 -p 2 -a on")]
    [InlineData("uhubctl:2-1.4:11", false, "uhubctl -l 2-1.4 -p 11 -a off")]
    [InlineData("usbrelay:HURTM_1", false, "usbrelay HURTM_1=0")]
    [InlineData("usbrelay:HURTM_1", true, "usbrelay HURTM_1=1")]
    public void Switch_ToolOnThePath_RunsTheRealCommandLineAndReportsItsResult(string spec, bool on, string expected)
    {
        _tools.Add("uhubctl");
        _tools.Add("usbrelay");
        IPowerSwitch power = PowerSwitches.For(3, spec, new ToolRunner(_tools.Folder), _ => { })!;

        ToolResult result = power.Switch(on);

        Assert.Equal([expected], _tools.Calls());
        Assert.Equal(expected, result.Command);
        Assert.True(result.Ok);
        Assert.Equal("done", result.Output);
        Assert.False(power.ByHand);
    }

    [Fact]
    public void Switch_ToolFails_ReportsItsExitCodeAndOutput()
    {
        _tools.Add("uhubctl", "echo 'No compatible devices detected!' >&2; exit 1");
        IPowerSwitch power = PowerSwitches.For(1, "uhubctl:1-1:1", new ToolRunner(_tools.Folder), _ => { })!;

        ToolResult result = power.Switch(on: false);

        Assert.False(result.Ok);
        Assert.Equal(1, result.Code);
        Assert.Equal("No compatible devices detected!", result.Output);
    }

    [Fact]
    public void Switch_ToolNotInstalled_NotRunAndSaysSo()
    {
        IPowerSwitch power = PowerSwitches.For(1, "usbrelay:HURTM_1", new ToolRunner(_tools.Folder), _ => { })!;

        ToolResult result = power.Switch(on: false);

        Assert.Equal(ToolResult.NotRun, result.Code);
        Assert.Contains("usbrelay is not installed", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Switch_ToolHangs_KilledAfterItsTimeLimitAndNotRun()
    {
        _tools.Add("uhubctl", "sleep 30");
        var runner = new ToolRunner(_tools.Folder, TimeSpan.FromMilliseconds(300));
        IPowerSwitch power = PowerSwitches.For(1, "uhubctl:1-1:1", runner, _ => { })!;

        ToolResult result = power.Switch(on: false);

        Assert.Equal(ToolResult.NotRun, result.Code);
        Assert.Contains("did not finish", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Switch_Manual_AsksAPersonByBoardAndRunsNothing()
    {
        var asked = new List<string>();
        IPowerSwitch power = PowerSwitches.For(3, "manual", new ToolRunner(_tools.Folder), asked.Add)!;

        ToolResult off = power.Switch(on: false);
        ToolResult on = power.Switch(on: true);

        Assert.True(power.ByHand);
        Assert.Equal(["pull board 3's power now", "plug board 3's power back in now"], asked);
        Assert.True(off.Ok && on.Ok);
        Assert.Equal("manual", off.Command);
        Assert.Empty(_tools.Calls());
    }

    [Fact]
    public void For_None_NoSwitchAndNothingUnsupported()
    {
        Assert.Null(PowerSwitches.For(1, PowerSwitches.None, new ToolRunner(_tools.Folder), _ => { }));
        Assert.Null(PowerSwitches.Unsupported(PowerSwitches.None));
    }

    [Fact]
    public void For_UsbRelaydWithoutTheKitsBroker_NoSwitch_WithIt_TheDaemonsSwitch()
    {
        IRelayDaemonBus bus = Substitute.For<IRelayDaemonBus>();

        Assert.Null(PowerSwitches.For(1, "usbrelayd:HURTM_1", new ToolRunner(_tools.Folder), _ => { }));
        IPowerSwitch? power = PowerSwitches.For(1, "usbrelayd:HURTM_1", new ToolRunner(_tools.Folder), _ => { }, bus);

        Assert.Equal("usbrelayd:HURTM_1", Assert.IsType<UsbRelaydSwitch>(power).Spec);
        Assert.Null(PowerSwitches.Unsupported("usbrelayd:HURTM_1"));
    }

    [Fact]
    public void For_SerialReset_ASwitchOnThatPort_AMissingPortIsADriverResultNotAnException()
    {
        IPowerSwitch power = PowerSwitches.For(1, "serial-reset:/dev/generals-no-such-port", new ToolRunner(_tools.Folder), _ => { })!;

        ToolResult result = power.Switch(on: false);

        Assert.Equal("serial-reset:/dev/generals-no-such-port", power.Spec);
        Assert.Equal(ToolResult.NotRun, result.Code);
        Assert.Contains("/dev/generals-no-such-port", result.Command, StringComparison.Ordinal);
        Assert.NotEmpty(result.Output);
        ((IDisposable)power).Dispose();
    }

    [Fact]
    public void Unsupported_AnUnknownDriver_SaysWhichDriversThereAre()
    {
        Assert.Contains("use uhubctl:, usbrelay:, usbrelayd:, serial-reset: or manual", PowerSwitches.Unsupported("relay9000:x"), StringComparison.Ordinal);
    }
}
