using Generals.Harness.Runs;

namespace Generals.Cli.Tests.Lab;

/// <summary>`generals power` runs no broker, so it cannot reach usbrelayd; it says so instead of pretending the board has no switch.</summary>
public sealed class PowerUsbRelaydTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("generals-power-usbrelayd-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Power_BoardOnUsbRelayd_BadInputNamingTheLabRunAndUsbRelay()
    {
        string config = Path.Combine(_folder, "nf.config");
        File.WriteAllText(config, "[kit]\nid=k\nbroker=mqtt://127.0.0.1:1883\ntarget=ESP32_REV3\nfirmware=1.2.3\nwifi=net\n[board 1]\npower = usbrelayd:HURTM_1\n");

        CliRunner.Result result = CliRunner.Run(["power", "1", "off", "--config", config]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("board 1's usbrelayd:HURTM_1 is driven through the kit's broker during a lab run", result.Error, StringComparison.Ordinal);
    }
}
