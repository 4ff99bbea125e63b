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
        Assert.Equal(0, results.RootElement.GetProperty("counts").GetProperty("refused-oversize-packets").GetInt64());
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
        Assert.Contains("\"type\":\"crash\",\"general\":2,\"detail\":\"kill -9", history, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"boot\",\"general\":2,\"incarnation\":2", history, StringComparison.Ordinal);
        string[] boardBoots = [.. history.Split('\n').Where(l => l.Contains("\"type\":\"board-booted\",\"general\":2,", StringComparison.Ordinal))];
        Assert.Equal(2, boardBoots.Length);
        Assert.Contains("\"boot_count\":2", boardBoots[1], StringComparison.Ordinal);
        Assert.All(boardBoots, l => Assert.Contains("\"reset_cause\":\"power-on\",\"free_memory_bytes\":", l, StringComparison.Ordinal));
        Assert.All(boardBoots, l => Assert.Contains("\"self_test\":\"passed\"", l, StringComparison.Ordinal));
    }

    [Fact]
    public void RunEmu_TwentyKillNineRestartCycles_ValidNothingLostNoStampReused()
    {
        var random = new Random(7);
        var faults = string.Join("\n", Enumerable.Range(0, 20).Select(i =>
            $"  - {{ node: {1 + (i % 2)}, kind: crash-recovery, at_ms: {300 + (i * 600) + random.Next(0, 250)}, restart_after_ms: 150 }}"));

        // Each general is killed every 1.2 s: a `generals node` restart takes 0.3 to 0.7 s here (the start line's measured
        // restart), so each kill finds it booted and a slow machine still sees every general boot again and again.
        string yaml = $$"""
            name: emu-twenty-kills
            duration_ms: 13000
            settle_ms: 3000
            generals: 2
            link: { reliable: true, authenticated: true }
            network: { delay: { distribution: uniform, min_ms: 2, max_ms: 20 }, loss: 0.1 }
            faults:
            {{faults}}
            workload:
              - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 400, interval_ms: 20, first_id: 1000 }
              - { at_ms: 0, node: 2, command: send-stream, to: 1, count: 400, interval_ms: 20, first_id: 5000 }
            checks: [reliable-delivery, no-reuse]
            """;
        string folder = Path.Combine(_root, "kills");

        CliRunner.Result result = CliRunner.Run(["run", EmuScenarioFiles.Write(_root, "emu-kills", yaml), "--mode", "emu", "--seed", "7", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        string history = File.ReadAllText(Path.Combine(folder, "history.jsonl"));
        Assert.Equal(20, history.Split('\n').Count(l => l.Contains("\"type\":\"crash\"", StringComparison.Ordinal)));
        Assert.True(history.Split('\n').Count(l => l.Contains("\"type\":\"boot\",\"general\":1,", StringComparison.Ordinal)) >= 6, "general 1 rebooted after its kills");
    }

    [Fact]
    public void RunEmu_DurableSendUnderKillNine_EveryMessageSentIsDeliveredIncludingThoseUnackedAtTheKill()
    {
        const string yaml = """
            name: emu-durable
            duration_ms: 4000
            settle_ms: 8000
            generals: 3
            link: { reliable: true, authenticated: true, durable: true }
            network: { delay: { distribution: uniform, min_ms: 2, max_ms: 20 }, loss: 0.3 }
            faults:
              - { node: 1, kind: crash-recovery, at_ms: 800, restart_after_ms: 200 }
              - { node: 2, kind: crash-recovery, at_ms: 1600, restart_after_ms: 200 }
              - { node: 3, kind: crash-recovery, at_ms: 2400, restart_after_ms: 200 }
              - { node: 1, kind: crash-recovery, at_ms: 3000, restart_after_ms: 200 }
            workload:
              - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 80, interval_ms: 25, first_id: 1000 }
              - { at_ms: 0, node: 2, command: send-stream, to: 3, count: 80, interval_ms: 25, first_id: 2000 }
              - { at_ms: 0, node: 3, command: send-stream, to: 1, count: 80, interval_ms: 25, first_id: 3000 }
            checks: [reliable-delivery, no-reuse]
            """;
        string folder = Path.Combine(_root, "durable");

        CliRunner.Result result = CliRunner.Run(["run", EmuScenarioFiles.Write(_root, "emu-durable", yaml), "--mode", "emu", "--seed", "12", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        JsonElement figures = results.RootElement.GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == "reliable-delivery").GetProperty("figures");
        Assert.Equal(0, figures.GetProperty("lost").GetDouble());
        Assert.Equal(0, figures.GetProperty("forgotten-by-crash").GetDouble());
        Assert.Equal(figures.GetProperty("sent").GetDouble(), figures.GetProperty("delivered").GetDouble());
        Assert.True(RescuedByDurableSend(File.ReadAllLines(Path.Combine(folder, "history.jsonl"))) > 0,
            "some message was unacknowledged when its sender was killed and was delivered after the restart");
    }

    [Fact]
    public void RunEmu_LinkRuleWindow_CountsFromTheRunStartNotFromTheHarnessStart()
    {
        // Every frame is lost for the first 1.5 s of the run: the generals' boot (seconds of harness time) must not use it up.
        const string yaml = """
            name: emu-window
            duration_ms: 3000
            settle_ms: 2500
            generals: 2
            link: { reliable: true }
            network: { delay: { distribution: constant, ms: 2 } }
            links:
              - { until_ms: 1500, loss: 1.0 }
            workload:
              - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 20, interval_ms: 25, first_id: 1000 }
            checks: [reliable-delivery]
            """;
        string folder = Path.Combine(_root, "window");

        CliRunner.Result result = CliRunner.Run(["run", EmuScenarioFiles.Write(_root, "emu-window", yaml), "--mode", "emu", "--seed", "3", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        List<JsonElement> events = [.. File.ReadAllLines(Path.Combine(folder, "history.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)];
        long Time(JsonElement e) => e.GetProperty("t").GetInt64();
        string Type(JsonElement e) => e.GetProperty("type").GetString()!;
        Assert.Contains(events, e => Type(e) == "drop" && Time(e) >= 0);
        Assert.DoesNotContain(events, e => Type(e) == "deliver" && Time(e) >= 0 && Time(e) < 1400);
        Assert.Contains(events, e => Type(e) == "deliver" && Time(e) >= 1500);
    }

    /// <summary>Messages sent before their sender's kill -9, not acknowledged by then, and delivered after its restart.</summary>
    private static int RescuedByDurableSend(string[] lines)
    {
        List<JsonElement> events = lines.Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();
        long Long(JsonElement e, string name) => e.GetProperty(name).GetInt64();
        string Type(JsonElement e) => e.GetProperty("type").GetString()!;
        int rescued = 0;
        foreach (JsonElement crash in events.Where(e => Type(e) == "crash"))
        {
            int node = Int(crash, "general");
            long crashMs = Long(crash, "t");
            long restartMs = events.Where(e => Type(e) == "restart" && Int(e, "general") == node && Long(e, "t") >= crashMs).Select(e => Long(e, "t")).FirstOrDefault();
            foreach (JsonElement send in events.Where(e => Type(e) == "app-send" && Int(e, "general") == node && Long(e, "t") < crashMs))
            {
                long id = Long(send, "message");
                bool ackedBefore = events.Any(e => Type(e) == "app-ack" && Int(e, "general") == node && Long(e, "message") == id && Long(e, "t") <= crashMs);
                bool deliveredBefore = events.Any(e => Type(e) == "app-deliver" && Int(e, "from") == node && Long(e, "message") == id && Long(e, "t") <= crashMs);
                bool deliveredAfter = events.Any(e => Type(e) == "app-deliver" && Int(e, "from") == node && Long(e, "message") == id && Long(e, "t") >= restartMs);
                if (!ackedBefore && !deliveredBefore && deliveredAfter)
                {
                    rescued++;
                }
            }
        }

        return rescued;
    }

    [Fact]
    public void RunEmu_BrokerKilledAndRestartedMidRun_GeneralsReconnectAndRunIsValid()
    {
        string yaml = EmuScenarioFiles.ReliableStream
            .Replace("  - { node: 0, kind: rogue, at_ms: 1000, count: 3 }", "  - { node: 0, kind: broker-restart, at_ms: 1000, duration_ms: 800 }", StringComparison.Ordinal)
            .Replace("checks: [reliable-delivery, authentication, rogue-ignored]", "checks: [reliable-delivery]", StringComparison.Ordinal);
        string folder = Path.Combine(_root, "broker");

        CliRunner.Result result = CliRunner.Run(["run", EmuScenarioFiles.Write(_root, "emu-broker", yaml), "--mode", "emu", "--seed", "8", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        string history = File.ReadAllText(Path.Combine(folder, "history.jsonl"));
        Assert.Contains("\"type\":\"broker-down\"", history, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"broker-up\"", history, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"app-deliver\"", history.Split("broker-up")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void RunEmu_OralMessagesUnderTwentyKillNineCycles_NoDecisionChangedOrLostNoStampReused()
    {
        // Twenty OM(1) instances, one every 400 ms; lieutenant 2 is killed at a seeded random moment of each and
        // restarted 100 ms later on the same data folder. A restarted process needs longer than a round to boot,
        // so the lieutenant is a crashed general for that instance: agreement is shown (informative), and what
        // must hold is that no persisted decision changes or is lost and no frame stamp is reused.
        var random = new Random(11);
        string instances = string.Join("\n", Enumerable.Range(1, 20).Select(i =>
            $"  - {{ at_ms: {(i - 1) * 400}, node: 0, command: start-instance, args: [2, {i}, 1, {i % 2}, 1, 100, 10] }}"));
        string kills = string.Join("\n", Enumerable.Range(0, 20).Select(i =>
            $"  - {{ node: 2, kind: crash-recovery, at_ms: {(i * 400) + random.Next(0, 300)}, restart_after_ms: 100 }}"));
        string yaml = $$"""
            name: emu-om-kills
            duration_ms: 8500
            settle_ms: 1500
            generals: 4
            network: { delay: { distribution: uniform, min_ms: 1, max_ms: 20 } }
            faults:
            {{kills}}
            workload:
            {{instances}}
            checks: [decision-stable, no-reuse]
            informative: [ic1, ic2]
            """;
        string folder = Path.Combine(_root, "om-kills");

        CliRunner.Result result = CliRunner.Run(["run", EmuScenarioFiles.Write(_root, "emu-om-kills", yaml), "--mode", "emu", "--seed", "9", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        string[] history = File.ReadAllLines(Path.Combine(folder, "history.jsonl"));
        Assert.Equal(20, history.Count(l => l.Contains("\"type\":\"crash\",\"general\":2", StringComparison.Ordinal)));
        Assert.True(history.Count(l => l.Contains("\"type\":\"decide\",\"general\":3", StringComparison.Ordinal)) >= 20, "general 3 decided every instance");
        Assert.Contains(history, l => l.Contains("\"type\":\"decide\",\"general\":2", StringComparison.Ordinal));
    }
}
