using System.Diagnostics;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Lab.Virtual;

namespace Generals.Cli.Tests.Lab;

/// <summary>
/// The instructor's bench commands on virtual boards: `generals power` drives a board's switch through the stand-in tools
/// (first on its PATH), and `generals boards` prints who is there from their statuses and boot reports.
/// </summary>
[Collection("emulated")]
public sealed class BenchCommandsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-lab-bench-").FullName;
    private readonly GeneralsLauncher _launcher = GeneralsLauncher.Current(typeof(CliApp).Assembly.Location);
    private readonly VirtualLab _lab;

    public BenchCommandsTests()
    {
        _lab = VirtualLab.Create(Path.Combine(_root, "lab"), 4, manual: [], _launcher);
    }

    public void Dispose()
    {
        _lab.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Power_OffOnAndCycle_TheStandInsKillAndRestartTheBoardAndTheDriverSaysSo()
    {
        int before = _lab.ProcessId(3)!.Value;

        (int offCode, string offOutput) = Generals(_lab.SearchPath, "power", "2", "off", "--config", _lab.ConfigPath);
        int? afterOff = _lab.ProcessId(2);
        (int onCode, string onOutput) = Generals(_lab.SearchPath, "power", "2", "on", "--config", _lab.ConfigPath);
        (int cycleCode, string cycleOutput) = Generals(_lab.SearchPath, "power", "3", "cycle", "--off-for", "200ms", "--config", _lab.ConfigPath);

        Assert.Equal(0, offCode);
        Assert.Contains("board 2 power off (usbrelay:VLAB1_2): usbrelay VLAB1_2=0: exit 0", offOutput, StringComparison.Ordinal);
        Assert.Null(afterOff);
        Assert.Equal(0, onCode);
        Assert.Contains("board 2 power on (usbrelay:VLAB1_2): usbrelay VLAB1_2=1: exit 0", onOutput, StringComparison.Ordinal);
        Assert.NotNull(_lab.ProcessId(2));
        Assert.Equal(0, cycleCode);
        Assert.Contains("uhubctl -l 1-1 -p 3 -a off: exit 0", cycleOutput, StringComparison.Ordinal);
        Assert.Contains("uhubctl -l 1-1 -p 3 -a on: exit 0", cycleOutput, StringComparison.Ordinal);
        Assert.NotEqual(before, _lab.ProcessId(3));
    }

    [Fact]
    public void Power_ToolMissing_DriverResultAndIoFailure()
    {
        // A PATH with nothing on it: the driver cannot run uhubctl, and says so.
        string empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;

        (int code, string output) = Generals(empty, "power", "1", "off", "--config", _lab.ConfigPath);

        Assert.Equal(74, code);
        Assert.Contains("board 1 power off (uhubctl:1-1:1): uhubctl -l 1-1 -p 1 -a off: not run (uhubctl is not installed", output, StringComparison.Ordinal);
        Assert.NotNull(_lab.ProcessId(1));
    }

    [Fact]
    public void Boards_FourVirtualBoardsThenOnePulled_PresenceTableFromTheirBootReportsThenMissing()
    {
        CliRunner.Result all = CliRunner.Run(["boards", "--config", _lab.ConfigPath, "--secrets", _lab.SecretsRoot, "--listen", "8s"]);
        _lab.Pull(4);
        CliRunner.Result three = CliRunner.Run(["boards", "--config", _lab.ConfigPath, "--secrets", _lab.SecretsRoot, "--listen", "8s"]);

        Assert.True(all.ExitCode == 0, all.Output + all.Error);
        string[] rows = [.. all.Output.Split('\n').SkipWhile(l => !l.StartsWith("board  status", StringComparison.Ordinal)).Skip(1).Where(l => l.Length > 0)];
        Assert.Equal(4, rows.Length);
        Assert.All(rows, row => Assert.Matches(@"^\d +online +\d+\.\d+\.\d+ +1 +power-on +\d+ +- +- +\d+\.\d s ago$", row));
        Assert.Equal(1, three.ExitCode);
        Assert.Contains(three.Output.Split('\n'), l => l.StartsWith("4      missing", StringComparison.Ordinal));
    }

    /// <summary>Runs `generals ARGS` as its own process with <paramref name="path"/> as its PATH (the lab's stand-ins first), as a shell would.</summary>
    private (int Code, string Output) Generals(string path, params string[] args)
    {
        var info = new ProcessStartInfo(_launcher.FileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in (string[])[.. _launcher.PrefixArguments, .. args])
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["PATH"] = path;
        using Process process = Process.Start(info)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
