using System.Text.Json;
using Generals.Harness.Network;

namespace Generals.Cli.Tests.Emu;

/// <summary>
/// Forged telemetry with a stolen broker password (issue 10, item 8): during an emulated run a real MQTT client logs in
/// with general 2's broker password from the run folder's secrets and publishes forged delivery and decision reports,
/// replayed ones and a forged `offline` status on general 2's topics. Without general 2's telemetry key none of it
/// reaches the checkers: the run stays valid and every forgery is counted by reason in results.json.
/// </summary>
[Collection("emulated")]
public sealed class RogueTelemetryEmuTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-rogue-telemetry-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // The rogue's client id is general 2's (the broker allows no other for that password), so it takes general 2's session
    // over for a moment: the settle period leaves the reliable link time to retransmit what that cost, even on a busy machine.
    private const string Scenario = """
        name: emu-rogue-telemetry
        duration_ms: 3000
        settle_ms: 5000
        generals: 3
        link: { reliable: true, authenticated: true }
        network:
          delay: { distribution: uniform, min_ms: 2, max_ms: 20 }
          loss: 0.1
        faults:
          - { node: 2, kind: rogue-telemetry, at_ms: 1000, count: 2 }
        workload:
          - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 60, interval_ms: 25, first_id: 1000 }
          - { at_ms: 0, node: 2, command: send-stream, to: 3, count: 60, interval_ms: 25, first_id: 2000 }
        checks: [reliable-delivery, authentication]
        """;

    [Fact]
    public void RunEmu_RogueWithGeneralTwosBrokerPassword_RunStaysValidAndForgeriesAreCounted()
    {
        string folder = Path.Combine(_root, "run");

        CliRunner.Result result = CliRunner.Run(["run", EmuScenarioFiles.Write(_root, "emu-rogue-telemetry", Scenario), "--mode", "emu", "--seed", "12", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.True(File.Exists(Path.Combine(folder, "secrets", "lab", "broker-general-2.password")), "the rogue's password came from the run's secrets");
        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        Assert.Equal("valid", results.RootElement.GetProperty("verdict").GetString());
        JsonElement counts = results.RootElement.GetProperty("counts");
        long Count(string name) => counts.GetProperty(name).GetInt64();
        Assert.Equal(2 * (4 + 2), Count("rogue-telemetry-published"));
        Assert.True(Count("telemetry-unauthenticated") >= 2 * 2, "forged deliveries without a tag and decisions under the forger's key");
        Assert.True(Count("telemetry-wrong-general") >= 2, "reports naming general 1 on general 2's topic");
        Assert.True(Count("telemetry-replayed") >= 2, "general 2's last genuine event, replayed");
        Assert.True(Count("status-unauthenticated") >= 2, "bare offline statuses");
        Assert.True(Count("status-replayed") >= 2, "general 2's last genuine status, replayed");
        Assert.True(Count("telemetry-admitted") > 100, "the generals' own telemetry went through");
        string history = File.ReadAllText(Path.Combine(folder, "history.jsonl"));
        Assert.Contains("\"type\":\"rogue-telemetry\",\"general\":2", history, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"message\":{RogueTelemetry.ForgedMessageFirstId}", history, StringComparison.Ordinal);
    }

    [Fact]
    public void RunEmu_RogueThroughMosquittoAndTheRelay_ForgeriesAreRefusedAsWithTheEmbeddedBroker()
    {
        string folder = Path.Combine(_root, "mosquitto");

        CliRunner.Result result = CliRunner.Run(
            ["run", EmuScenarioFiles.Write(_root, "emu-rogue-telemetry", Scenario), "--mode", "emu", "--broker", "mosquitto", "--seed", "13", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        JsonElement counts = results.RootElement.GetProperty("counts");
        long Count(string name) => counts.GetProperty(name).GetInt64();
        Assert.Equal(2 * (4 + 2), Count("rogue-telemetry-published"));
        Assert.True(Count("telemetry-unauthenticated") + Count("telemetry-wrong-general") >= 2 * 3, "every forged report refused");
        Assert.True(Count("status-unauthenticated") >= 2, "the relay hears the status topics too");
        Assert.True(Count("status-admitted") >= 3, "each general's sealed online status");
    }
}
