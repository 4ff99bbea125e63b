using System.Text.Json;
using Generals.Cli.Tests.Emu;

namespace Generals.Cli.Tests.Lab;

/// <summary>
/// Lab runs without boards (`generals lab virtual`): virtual boards (`generals node` processes), stand-in uhubctl and
/// usbrelay on the runs' PATH, the harness's real power drivers and command lines; a board pulled unannounced.
/// </summary>
[Collection("emulated")]
public sealed class LabVirtualTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-lab-virtual-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string[] Lines(string folder, string run) => File.ReadAllLines(Path.Combine(folder, "runs", run, "history.jsonl"));

    private static string Verdict(string folder, string run)
    {
        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "runs", run, "results.json")));
        return results.RootElement.GetProperty("verdict").GetString()!;
    }

    [Fact]
    public void LabVirtual_FourBoards_BuiltInsAsExpectedPowerRecordedAndAnUnannouncedPullUnplanned()
    {
        string folder = Path.Combine(_root, "lab");

        CliRunner.Result result = CliRunner.Run(["lab", "virtual", "--boards", "4", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal("valid", Verdict(folder, "om-n4-m1"));
        Assert.Equal("valid", Verdict(folder, "fd-crash-recovery"));
        Assert.Equal("valid", Verdict(folder, "crash-recovery-link"));
        Assert.Equal("unknown", Verdict(folder, "lab-unplanned-pull"));

        string[] detector = Lines(folder, "fd-crash-recovery");
        Assert.Contains(detector, l => l.Contains("\"type\":\"start\",\"world\":\"lab\"", StringComparison.Ordinal));
        int off = Array.FindIndex(detector, l => l.Contains("\"type\":\"power\",\"general\":3,\"action\":\"off\",\"detail\":\"uhubctl -l 1-1 -p 3 -a off\",\"code\":0", StringComparison.Ordinal));
        int crash = Array.FindIndex(detector, l => l.Contains("\"type\":\"crash\",\"general\":3,\"detail\":\"power cut (uhubctl:1-1:3)\"", StringComparison.Ordinal));
        int on = Array.FindIndex(detector, l => l.Contains("\"type\":\"power\",\"general\":3,\"action\":\"on\",\"detail\":\"uhubctl -l 1-1 -p 3 -a on\",\"code\":0", StringComparison.Ordinal));
        int restart = Array.FindIndex(detector, l => l.Contains("\"type\":\"restart\",\"general\":3", StringComparison.Ordinal));
        Assert.True(off >= 0 && off < crash && crash < on && on < restart, $"off {off}, crash {crash}, on {on}, restart {restart}");
        Assert.Contains(detector[(restart + 1)..], l => l.Contains("\"type\":\"boot\",\"general\":3,", StringComparison.Ordinal));

        string[] link = Lines(folder, "crash-recovery-link");
        Assert.Contains(link, l => l.Contains("\"detail\":\"usbrelay VLAB1_2=0\",\"code\":0", StringComparison.Ordinal));
        Assert.Contains(link, l => l.Contains("\"detail\":\"usbrelay VLAB1_2=1\",\"code\":0", StringComparison.Ordinal));
        Assert.Contains(link, l => l.Contains("\"detail\":\"uhubctl -l 1-1 -p 1 -a off\",\"code\":0", StringComparison.Ordinal));
        Assert.Equal(8, link.Count(l => l.Contains("\"type\":\"power\"", StringComparison.Ordinal)));
        Assert.DoesNotContain(link, l => l.Contains("unplanned", StringComparison.Ordinal));

        string[] pulled = Lines(folder, "lab-unplanned-pull");
        Assert.DoesNotContain(pulled, l => l.Contains("\"type\":\"power\"", StringComparison.Ordinal));
        Assert.Contains(pulled, l => l.Contains("\"type\":\"unplanned-fault\",\"general\":2,\"detail\":\"board 2 went offline (its last will) without a power cut by the harness", StringComparison.Ordinal));

        Assert.Contains("uhubctl -l 1-1 -p 3 -a off", File.ReadAllText(Path.Combine(folder, "state", "power.log")), StringComparison.Ordinal);
        Assert.Empty(RunProcesses.AliveAfter(RunProcesses.Of(folder).Keys, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void LabVirtual_ManualBoard_AskedToPullAndPlugAndTheCrashFollowsItsLastWill()
    {
        string folder = Path.Combine(_root, "manual");

        CliRunner.Result result = CliRunner.Run(["lab", "virtual", "--boards", "4", "--scenario", "fd-crash-recovery", "--manual", "3", "--no-pull", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("pull board 3's power now", result.Output, StringComparison.Ordinal);
        Assert.Contains("plug board 3's power back in now", result.Output, StringComparison.Ordinal);
        string[] history = Lines(folder, "fd-crash-recovery");
        int off = Array.FindIndex(history, l => l.Contains("\"type\":\"power\",\"general\":3,\"action\":\"off\",\"detail\":\"manual\",\"code\":0,\"output\":\"asked: pull board 3's power now\"", StringComparison.Ordinal));
        int crash = Array.FindIndex(history, l => l.Contains("\"type\":\"crash\",\"general\":3,\"detail\":\"power pulled by hand (manual), seen by its last will\"", StringComparison.Ordinal));
        int on = Array.FindIndex(history, l => l.Contains("\"type\":\"power\",\"general\":3,\"action\":\"on\",\"detail\":\"manual\"", StringComparison.Ordinal));
        int restart = Array.FindIndex(history, l => l.Contains("\"type\":\"restart\",\"general\":3", StringComparison.Ordinal));
        Assert.True(off >= 0 && off < crash && crash < on && on < restart, $"off {off}, crash {crash}, on {on}, restart {restart}");
        Assert.Equal("valid", Verdict(folder, "fd-crash-recovery"));
    }
}
