using System.Text.Json;
using Generals.Cli.Tests.Emu;
using Generals.Harness.Runs;

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

    // Virtual boards are processes on this machine, as emulated generals are: a run the machine ran late is judged unknown
    // for a timing-break (the world's own, never the protocol's), as in every emulated test; anything else must be valid.
    // The command exits 0 when every run did as it should, else 1, which is right only when a run the machine ran late
    // is among them (the table's "NO" rows).
    private static void AssertExit(CliRunner.Result result, string folder, params string[] runs)
    {
        bool ranLate = false;
        foreach (string run in runs)
        {
            using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "runs", run, "results.json")));
            string verdict = results.RootElement.GetProperty("verdict").GetString()!;
            string reason = results.RootElement.TryGetProperty("reason", out JsonElement r) ? r.GetString()! : "";
            bool late = verdict == "unknown" && reason.StartsWith("timing-break (", StringComparison.Ordinal);
            Assert.True(verdict == "valid" || late, $"{run}: {verdict} {reason}");
            ranLate |= late;
        }

        Assert.True(result.ExitCode == 0 || (ranLate && result.ExitCode == ExitCodes.NotAsExpected), result.Output + result.Error);
    }

    [Fact]
    public void LabVirtual_FourBoards_BuiltInsAsExpectedPowerRecordedAndAnUnannouncedPullUnplanned()
    {
        string folder = Path.Combine(_root, "lab");

        CliRunner.Result result = CliRunner.Run(["lab", "virtual", "--boards", "4", "--out", folder]);

        AssertExit(result, folder, "om-n4-m1", "fd-crash-recovery", "crash-recovery-link");
        Assert.Equal("unknown", Verdict(folder, "lab-unplanned-pull"));
        Assert.Contains("lab-unplanned-pull       unknown   unknown             0  yes (pulled board 2 at ", result.Output, StringComparison.Ordinal);

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

        AssertExit(result, folder, "fd-crash-recovery");
        Assert.Contains("pull board 3's power now", result.Output, StringComparison.Ordinal);
        Assert.Contains("plug board 3's power back in now", result.Output, StringComparison.Ordinal);
        string[] history = Lines(folder, "fd-crash-recovery");
        int off = Array.FindIndex(history, l => l.Contains("\"type\":\"power\",\"general\":3,\"action\":\"off\",\"detail\":\"manual\",\"code\":0,\"output\":\"asked: pull board 3's power now\"", StringComparison.Ordinal));
        int crash = Array.FindIndex(history, l => l.Contains("\"type\":\"crash\",\"general\":3,\"detail\":\"power pulled by hand (manual), seen by its last will\"", StringComparison.Ordinal));
        int on = Array.FindIndex(history, l => l.Contains("\"type\":\"power\",\"general\":3,\"action\":\"on\",\"detail\":\"manual\"", StringComparison.Ordinal));
        int restart = Array.FindIndex(history, l => l.Contains("\"type\":\"restart\",\"general\":3", StringComparison.Ordinal));
        Assert.True(off >= 0 && off < crash && crash < on && on < restart, $"off {off}, crash {crash}, on {on}, restart {restart}");
    }
}
