using System.Text.Json;

namespace Generals.Cli.Tests.Emu;

/// <summary>End-to-end runs on emulated generals: real `generals node` processes over the embedded MQTT broker.</summary>
[Collection("emulated")]
public sealed class EmuRunTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-emu-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void RunEmu_ReliableAuthenticatedStreamWithRogueClient_ValidAndEveryBadInputCounted()
    {
        string file = EmuScenarioFiles.Write(_root, "emu-reliable", EmuScenarioFiles.ReliableStream);
        string folder = Path.Combine(_root, "run");

        CliRunner.Result result = CliRunner.Run(["run", file, "--mode", "emu", "--seed", "4", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        Assert.Equal("emu", results.RootElement.GetProperty("mode").GetString());
        JsonElement rogue = results.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "rogue-ignored");
        Assert.Equal(3 * 10, rogue.GetProperty("figures").GetProperty("rogue-inputs").GetDouble());
        Assert.True(File.Exists(Path.Combine(folder, "nodes", "general-1.log")));
        Assert.Contains("booted: incarnation 1", File.ReadAllText(Path.Combine(folder, "nodes", "general-1.log")), StringComparison.Ordinal);
    }

    [Fact]
    public void RunEmu_KillNineAndRestart_GeneralRecoversWithNewIncarnationAndNothingAcknowledgedLost()
    {
        string yaml = EmuScenarioFiles.ReliableStream
            .Replace("  - { node: 0, kind: rogue, at_ms: 1000, count: 3 }", "  - { node: 2, kind: crash-recovery, at_ms: 1000, restart_after_ms: 300 }", StringComparison.Ordinal)
            .Replace("checks: [reliable-delivery, authentication, rogue-ignored]", "checks: [reliable-delivery]", StringComparison.Ordinal);
        string folder = Path.Combine(_root, "crash");

        CliRunner.Result result = CliRunner.Run(["run", EmuScenarioFiles.Write(_root, "emu-crash", yaml), "--mode", "emu", "--seed", "5", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        string history = File.ReadAllText(Path.Combine(folder, "history.jsonl"));
        Assert.Contains("\"type\":\"crash\",\"node\":2,\"detail\":\"kill -9", history, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"boot\",\"node\":2,\"incarnation\":2", history, StringComparison.Ordinal);
    }
}
