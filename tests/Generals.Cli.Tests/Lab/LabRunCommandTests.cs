using Generals.Harness.Provisioning;
using Generals.Harness.Worlds.Emu;

namespace Generals.Cli.Tests.Lab;

/// <summary>`generals run --mode lab` refuses what boards cannot do before anything starts, and says who is missing.</summary>
public sealed class LabRunCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-lab-run-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Kit(string boards)
    {
        Directory.CreateDirectory(Path.Combine(_root, "kit"));
        string config = Path.Combine(_root, "kit", "nf.config");
        int port = EmbeddedBroker.FreePort();
        File.WriteAllText(config, $"[kit]\nid = lab-t\nbroker = mqtt://127.0.0.1:{port}\nlistener = 127.0.0.1:{port}\nscheme = ed25519\n"
            + "target = ESP32_REV3\nfirmware = 1.12.0.53\nwifi = net\n" + boards);
        return config;
    }

    [Fact]
    public void RunLab_PauseScenarioWithoutAnyKit_RefusedInOneLineNamingTheFaultAndTheBoard()
    {
        CliRunner.Result result = CliRunner.Run(["run", "fd-pause", "--mode", "lab", "--config", Path.Combine(_root, "no-such.config")]);

        Assert.Equal(65, result.ExitCode);
        string line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("error: the lab world cannot run fd-pause: fault 'pause' at 5000 ms on board 3: a board cannot be paused "
            + "(an ESP32 has no SIGSTOP; its power can be cut, not frozen); run it with --mode emu or sim", line);
        Assert.DoesNotContain("verdict", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void RunLab_CrashOfABoardWithoutPowerSwitch_RefusedNamingTheBoard()
    {
        string config = Kit("[board 1]\npower = uhubctl:1-1:1\n[board 2]\npower = uhubctl:1-1:2\n[board 3]\npower = none\n[board 4]\npower = manual\n");

        CliRunner.Result result = CliRunner.Run(["run", "fd-crash-recovery", "--mode", "lab", "--config", config]);

        Assert.Equal(65, result.ExitCode);
        Assert.Contains("fault 'crash-recovery' at 5000 ms on board 3: nf.config gives board 3 no power switch (power = none)", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--config", "nf.config")]
    [InlineData("--wait", "60s")]
    [InlineData("--secrets", "s")]
    public void Run_LabOptionWithoutLabMode_UsageError(string option, string value)
    {
        CliRunner.Result result = CliRunner.Run(["run", "om-n4-m1", option, value]);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("--mode lab", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RunLab_WaitNotADuration_UsageError()
    {
        CliRunner.Result result = CliRunner.Run(["run", "om-n4-m1", "--mode", "lab", "--wait", "soon"]);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("--wait 'soon' must be a duration such as 60s", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RunLab_NoBoardOnline_PresenceTableAndRefusedAsAMissingDevice()
    {
        string config = Kit("[board 1]\npower = uhubctl:1-1:1\n[board 2]\npower = usbrelay:HURTM_2\n[board 3]\npower = manual\n[board 4]\npower = manual\n");
        string secrets = Path.Combine(_root, "secrets");
        Assert.True(new Provisioner().Provision(config, secrets, force: false).Ok);

        CliRunner.Result result = CliRunner.Run(["run", "om-n4-m1", "--mode", "lab", "--config", config, "--secrets", secrets, "--out", Path.Combine(_root, "run")]);

        Assert.Equal(74, result.ExitCode);
        // The presence table is the lab's progress while it waits: stderr, with the error line after it.
        Assert.Contains("board  status   firmware  boots  reset cause  free heap  wifi rssi  keys left  last seen", result.Error, StringComparison.Ordinal);
        Assert.Contains("4      missing  -         -      -            -          -          -          never", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("board  status", result.Output, StringComparison.Ordinal);
        string line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Contains("boards 1, 2, 3, 4 of om-n4-m1 are not online after 8 s", line, StringComparison.Ordinal);
        Assert.Contains("--wait 60s", line, StringComparison.Ordinal);
    }
}
