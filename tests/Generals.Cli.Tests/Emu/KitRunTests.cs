using System.Text.Json;
using Generals.Harness.Provisioning;

namespace Generals.Cli.Tests.Emu;

/// <summary>
/// `generals run --mode emu --kit KIT`: emulated runs on one provisioned kit folder that outlives them (what a lab and
/// the soak do): keys, one-time key marks, incarnations and stores carry over; a kit that cannot carry the scenario is
/// refused with one line; a general that refuses its damaged store makes the run unknown at once.
/// </summary>
[Collection("emulated")]
public sealed class KitRunTests : IDisposable
{
    private const string Stream = """
        name: kit-stream
        duration_ms: 1500
        settle_ms: 1500
        generals: 3
        signature: lms
        link: { reliable: true, durable: true, authenticated: true }
        network: { delay: { distribution: uniform, min_ms: 2, max_ms: 20 } }
        workload:
          - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 20, interval_ms: 25, first_id: 1000 }
        checks: [reliable-delivery]
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("generals-kit-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Kit => Path.Combine(_root, "kit-folder");

    [Fact]
    public void RunEmu_TwoRunsOnOneKit_GeneralsBootAtIncarnationTwoAndHarnessKeyMarkGrows()
    {
        Provision("lms", boards: 3);
        string file = EmuScenarioFiles.Write(_root, "stream", Stream);
        // Stream ids are the general's across runs on a kit: the second run's stream takes a range of its own.
        string next = EmuScenarioFiles.Write(_root, "next", Stream.Replace("first_id: 1000", "first_id: 3000", StringComparison.Ordinal));

        CliRunner.Result first = CliRunner.Run(["run", file, "--mode", "emu", "--kit", Kit, "--seed", "1", "--out", Path.Combine(_root, "one")]);
        long afterFirst = HarnessRemaining();
        CliRunner.Result second = CliRunner.Run(["run", next, "--mode", "emu", "--kit", Kit, "--seed", "2", "--out", Path.Combine(_root, "two")]);

        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        string history = File.ReadAllText(Path.Combine(_root, "two", "history.jsonl"));
        foreach (int id in new[] { 1, 2, 3 })
        {
            Assert.Contains($"\"type\":\"boot\",\"general\":{id},\"incarnation\":2", history, StringComparison.Ordinal);
        }

        Assert.True(HarnessRemaining() < afterFirst, $"the harness key's mark did not move on: {afterFirst} left after the first run");
        Assert.True(Directory.Exists(Path.Combine(Kit, "data", "general-1", "store")));
        Assert.False(Directory.Exists(Path.Combine(_root, "two", "data")));
        Assert.Contains("kit: soak-kit", File.ReadAllText(Path.Combine(_root, "two", "scenario.yaml")), StringComparison.Ordinal);
        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(_root, "two", "results.json")));
        Assert.Equal($"lms H5/W2 (the kit in {Kit})", results.RootElement.GetProperty("signature").GetString());
        // The second harness's commands go on above the first one's: the generals took them, none refused as a replay.
        JsonElement delivery = results.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "reliable-delivery");
        Assert.Equal(0, delivery.GetProperty("figures").GetProperty("not-sent").GetDouble());
        Assert.DoesNotContain("\"detail\":\"Replayed\"", history, StringComparison.Ordinal);
    }

    [Fact]
    public void RunEmu_KitWithFewerBoardsThanTheScenario_Exit65NamingTheMissingBoard()
    {
        Provision("lms", boards: 2);

        CliRunner.Result result = CliRunner.Run(["run", EmuScenarioFiles.Write(_root, "stream", Stream), "--mode", "emu", "--kit", Kit, "--out", Path.Combine(_root, "run")]);

        Assert.Equal(65, result.ExitCode);
        Assert.Contains("the scenario needs generals 1..3, and the kit has no [board 3]", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RunEmu_ScenarioNamingAnotherSchemeThanTheKit_Exit65()
    {
        Provision("ed25519", boards: 3);

        CliRunner.Result result = CliRunner.Run(["run", EmuScenarioFiles.Write(_root, "stream", Stream), "--mode", "emu", "--kit", Kit, "--out", Path.Combine(_root, "run")]);

        Assert.Equal(65, result.ExitCode);
        Assert.Contains("the scenario asks for lms signatures; this kit signs with ed25519", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RunEmu_KitFolderWithoutConfig_Exit66NamingTheFile()
    {
        CliRunner.Result result = CliRunner.Run(["run", EmuScenarioFiles.Write(_root, "stream", Stream), "--mode", "emu", "--kit", Kit, "--out", Path.Combine(_root, "run")]);

        Assert.Equal(66, result.ExitCode);
        Assert.Contains(Path.Combine(Kit, "kit", "nf.config") + ": no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RunSim_WithKit_Exit64()
    {
        CliRunner.Result result = CliRunner.Run(["run", "reliable-link", "--kit", Kit]);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("--kit is for emulated runs", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RunEmu_GeneralStoreDamagedBetweenRuns_UnknownBootFailedWithARunFolder()
    {
        Provision("lms", boards: 3);
        string file = EmuScenarioFiles.Write(_root, "stream", Stream);
        CliRunner.Result first = CliRunner.Run(["run", file, "--mode", "emu", "--kit", Kit, "--seed", "1", "--out", Path.Combine(_root, "one")]);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        string record = Path.Combine(Kit, "data", "general-2", "store", "node~incarnation.rec");
        byte[] bytes = File.ReadAllBytes(record);
        bytes[1] ^= 0x04;
        File.WriteAllBytes(record, bytes);

        CliRunner.Result second = CliRunner.Run(["run", file, "--mode", "emu", "--kit", Kit, "--seed", "2", "--out", Path.Combine(_root, "two")]);

        Assert.True(second.ExitCode == 2, second.Output + second.Error);
        using JsonDocument results = JsonDocument.Parse(File.ReadAllText(Path.Combine(_root, "two", "results.json")));
        Assert.Equal("unknown", results.RootElement.GetProperty("verdict").GetString());
        string reason = results.RootElement.GetProperty("reason").GetString()!;
        Assert.StartsWith("boot-failed (general=2 ", reason, StringComparison.Ordinal);
        Assert.Contains("failure=damaged-record record=node/incarnation", reason, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(record));
    }

    private void Provision(string scheme, int boards)
    {
        string kitConfig = Path.Combine(Kit, "kit");
        Directory.CreateDirectory(kitConfig);
        string config = $"[kit]\nid = soak-kit\nbroker = mqtt://127.0.0.1:9\nscheme = {scheme}\n{(scheme == "lms" ? "lms = H5/W2\n" : "")}target = ESP32_REV3\nfirmware = 1.17.0\nwifi = net\n"
            + string.Concat(Enumerable.Range(1, boards).Select(id => $"[board {id}]\n"));
        File.WriteAllText(Path.Combine(kitConfig, "nf.config"), config);
        CliRunner.Result provisioned = CliRunner.Run(["provision", "--config", Path.Combine(kitConfig, "nf.config"), "--secrets", Path.Combine(Kit, "secrets")]);
        Assert.True(provisioned.ExitCode == 0, provisioned.Output + provisioned.Error);
    }

    private long HarnessRemaining()
    {
        using SecretFileStore store = SecretFileStore.OpenSnapshot(SecretsLocation.SignerFile(Path.Combine(Kit, "secrets"), "soak-kit", 0), out string? why)
            ?? throw new InvalidOperationException(why);
        return 32 - Generals.Core.Crypto.LmsMark.Read(store).Value;
    }
}
