using System.Text.Json;

namespace Generals.Cli.Tests.Emu;

/// <summary>
/// The harness's processes, tried as a careless user and a hostile operator would: kill -9, SIGTERM and SIGINT of
/// a real `generals run --mode emu` process, and a general or mosquitto killed by hand in the middle of a run.
/// Processes are found from outside, by the run folder in their command lines (/proc).
/// </summary>
[Collection("emulated")]
public sealed class LifecycleTests : IDisposable
{
    /// <summary>Long enough that a signal sent right after boot always lands mid-run; an interrupted run ends at once.</summary>
    private const string LongStream = """
        name: emu-long
        duration_ms: 60000
        settle_ms: 1000
        generals: 3
        link: { reliable: true, authenticated: true }
        network: { delay: { distribution: uniform, min_ms: 2, max_ms: 20 }, loss: 0.2 }
        workload:
          - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 2000, interval_ms: 25, first_id: 1000 }
        checks: [reliable-delivery]
        """;

    private static readonly TimeSpan BootMax = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ExitMax = TimeSpan.FromSeconds(60);

    /// <summary>A child outlives a dead harness by one parent poll (250 ms) and its own exit; this is a wide margin.</summary>
    private static readonly TimeSpan OrphanMax = TimeSpan.FromSeconds(15);

    private readonly string _root = Directory.CreateTempSubdirectory("generals-lifecycle-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void KillNine_HarnessOfAnEmuRunWithMosquitto_NoGeneralOrMosquittoOfTheRunLeft()
    {
        string folder = Path.Combine(_root, "killed");
        using RunProcesses.Harness harness = RunProcesses.Start(
            "run", EmuScenarioFiles.Write(_root, "long", LongStream), "--mode", "emu", "--broker", "mosquitto", "--seed", "3", "--out", folder);
        Assert.True(RunProcesses.WaitForBoot(folder, 3, BootMax), harness.Output);
        Dictionary<int, string> children = RunProcesses.Of(folder);
        children.Remove(harness.Pid);
        Assert.True(children.Count >= 5, "3 generals, mosquitto and its supervisor: " + string.Join("\n", children.Values));

        RunProcesses.Signal(harness.Pid, "KILL");
        harness.ExitCode(ExitMax);

        List<int> left = RunProcesses.AliveAfter(children.Keys, OrphanMax);
        Assert.True(left.Count == 0, "left running: " + string.Join("\n", left.Select(pid => children[pid])));
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public void Signal_HarnessMidRun_ExitsTwoWithPartialFolderUnknownInterruptedAndNoProcessLeft(string signal)
    {
        string folder = Path.Combine(_root, "signal-" + signal);
        using RunProcesses.Harness harness = RunProcesses.Start(
            "run", EmuScenarioFiles.Write(_root, "long", LongStream), "--mode", "emu", "--seed", "4", "--out", folder);
        Assert.True(RunProcesses.WaitForBoot(folder, 3, BootMax), harness.Output);
        Dictionary<int, string> children = RunProcesses.Of(folder);
        children.Remove(harness.Pid);

        RunProcesses.Signal(harness.Pid, signal);
        int? code = harness.ExitCode(ExitMax);

        Assert.True(code == 2, $"exit {code}: {harness.Output}");
        Assert.Contains($"interrupted by SIG{signal}: every general was stopped; partial run folder: {folder}", harness.Output, StringComparison.Ordinal);
        foreach (string file in new[] { "scenario.yaml", "history.jsonl", "results.json", "junit.xml" })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        }

        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        Assert.Equal("unknown", results.RootElement.GetProperty("verdict").GetString());
        Assert.StartsWith($"interrupted (SIG{signal} at ", results.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, results.RootElement.GetProperty("exit_code").GetInt32());
        string history = File.ReadAllText(Path.Combine(folder, "history.jsonl"));
        Assert.Contains($"\"type\":\"interrupted\",\"detail\":\"SIG{signal}\"", history, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"boot\",\"general\":3,", history, StringComparison.Ordinal);
        Assert.Contains("<skipped message=\"run unknown: interrupted", File.ReadAllText(Path.Combine(folder, "junit.xml")), StringComparison.Ordinal);
        Assert.Empty(RunProcesses.AliveAfter(children.Keys, OrphanMax));
    }

    [Fact]
    public async Task RunEmu_GeneralKilledByHandMidRun_UnplannedFaultInHistoryVerdictUnknownNotInvalid()
    {
        string folder = Path.Combine(_root, "hand-killed");
        string file = EmuScenarioFiles.Write(_root, "reliable", EmuScenarioFiles.ReliableStream);
        Task<CliRunner.Result> run = Task.Run(() => CliRunner.Run(["run", file, "--mode", "emu", "--seed", "5", "--out", folder]));
        Assert.True(RunProcesses.WaitForBoot(folder, 3, BootMax));

        RunProcesses.Signal(RunProcesses.GeneralPid(folder, 2), "KILL");
        CliRunner.Result result = await run;

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        Assert.Equal("unknown", results.RootElement.GetProperty("verdict").GetString());
        string reason = results.RootElement.GetProperty("reason").GetString()!;
        Assert.StartsWith("unplanned-fault (general 2 exited with code 137 (killed by signal 9, SIGKILL), not stopped by the harness", reason, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"unplanned-fault\",\"general\":2,", File.ReadAllText(Path.Combine(folder, "history.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunEmu_MosquittoKilledByHandMidRun_UnplannedFaultInHistoryVerdictUnknown()
    {
        string folder = Path.Combine(_root, "mosquitto-killed");
        string file = EmuScenarioFiles.Write(_root, "reliable", EmuScenarioFiles.ReliableStream);
        Task<CliRunner.Result> run = Task.Run(() => CliRunner.Run(["run", file, "--mode", "emu", "--broker", "mosquitto", "--seed", "6", "--out", folder]));
        Assert.True(RunProcesses.WaitForBoot(folder, 3, BootMax));

        RunProcesses.Signal(RunProcesses.MosquittoPid(folder), "KILL");
        CliRunner.Result result = await run;

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        Assert.Equal("unknown", results.RootElement.GetProperty("verdict").GetString());
        Assert.StartsWith("unplanned-fault (mosquitto exited with code 137 (killed by signal 9, SIGKILL)", results.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"type\":\"unplanned-fault\",\"general\":0,\"detail\":\"mosquitto exited", File.ReadAllText(Path.Combine(folder, "history.jsonl")), StringComparison.Ordinal);
        Assert.Empty(RunProcesses.Of(folder));
    }
}
