using System.Text.Json;
using Generals.Harness.Provisioning;
using Generals.Harness.Worlds.Emu;

namespace Generals.Cli.Tests.ConsoleOutput;

/// <summary>`--json`: stdout is one JSON document (it parses whole, so nothing else is there) with what a script needs.</summary>
public sealed class JsonOutputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-json-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Run_Json_OneDocumentWithVerdictSeedFolderAndChecks()
    {
        string folder = Path.Combine(_root, "run");

        CliRunner.Result result = CliRunner.Run(["run", "om-n3-m1", "--seed", "3", "--out", folder, "--json"]);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal("om-n3-m1", root.GetProperty("scenario").GetString());
        Assert.Equal(3UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal("invalid", root.GetProperty("verdict").GetString());
        Assert.Equal("invalid", root.GetProperty("expected").GetString());
        Assert.True(root.GetProperty("matches_expectation").GetBoolean());
        Assert.Equal(folder, root.GetProperty("run_folder").GetString());
        Assert.Equal("generals run om-n3-m1 --seed 3", root.GetProperty("replay").GetString());
        JsonElement ic2 = root.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "ic2");
        Assert.Equal("invalid", ic2.GetProperty("verdict").GetString());
        Assert.NotEmpty(ic2.GetProperty("witness").EnumerateArray());
    }

    [Fact]
    public void Repeat_Json_OneDocumentWithSeedsAndCounts()
    {
        CliRunner.Result result = CliRunner.Run(["run", "reliable-link", "--seed", "10", "--repeat", "3", "--out", Path.Combine(_root, "sweep"), "--json"]);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal(10UL, root.GetProperty("first_seed").GetUInt64());
        Assert.Equal(12UL, root.GetProperty("last_seed").GetUInt64());
        Assert.Equal(3, root.GetProperty("as_expected").GetInt32());
        Assert.Equal(0, root.GetProperty("not_as_expected").GetInt32());
        Assert.Equal("valid", root.GetProperty("expected").GetString());
    }

    [Fact]
    public void Explore_Json_OneDocumentWithTheWitnessAndItsReplay()
    {
        string folder = Path.Combine(_root, "witness");

        CliRunner.Result result = CliRunner.Run(["explore", "om-n3-m1", "--seed", "2", "--out", folder, "--json"]);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal(2UL, root.GetProperty("seed").GetUInt64());
        Assert.True(root.GetProperty("exhaustive").GetBoolean());
        Assert.True(root.GetProperty("violation_found").GetBoolean());
        Assert.Equal("invalid", root.GetProperty("expected").GetString());
        Assert.Equal("invalid", root.GetProperty("verdict").GetString());
        JsonElement witness = root.GetProperty("witness");
        Assert.Equal(folder, witness.GetProperty("run_folder").GetString());
        Assert.StartsWith($"generals run {Path.Combine(folder, "scenario.yaml")} --seed ", witness.GetProperty("replay").GetString(), StringComparison.Ordinal);
        Assert.Contains("round 1 (110..210 ms)", witness.GetProperty("trace").GetString(), StringComparison.Ordinal);
        Assert.Contains(witness.GetProperty("checks").EnumerateArray(), c => c.GetProperty("verdict").GetString() == "invalid");
    }

    [Fact]
    public void Scenarios_Json_EveryBuiltInWithItsExpectation()
    {
        CliRunner.Result result = CliRunner.Run(["scenarios", "--json"]);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement[] scenarios = [.. json.RootElement.GetProperty("scenarios").EnumerateArray()];
        Assert.Equal(Harness.Scenarios.ScenarioLoader.BuiltInNames().Count(), scenarios.Length);
        JsonElement omN3 = scenarios.Single(s => s.GetProperty("name").GetString() == "om-n3-m1");
        Assert.Equal("invalid", omN3.GetProperty("expected").GetString());
        Assert.True(omN3.GetProperty("in_demo").GetBoolean());
        Assert.Equal("valid", scenarios.Single(s => s.GetProperty("name").GetString() == "reliable-link").GetProperty("expected").GetString());
    }

    [Fact]
    public void Boards_JsonNoBoardOnline_EveryBoardMissingAndTheListeningLineOnStderr()
    {
        Directory.CreateDirectory(Path.Combine(_root, "kit"));
        string config = Path.Combine(_root, "kit", "nf.config");
        int port = EmbeddedBroker.FreePort();
        File.WriteAllText(config, $"[kit]\nid = lab-j\nbroker = mqtt://127.0.0.1:{port}\nlistener = 127.0.0.1:{port}\nscheme = ed25519\n"
            + "target = ESP32_REV3\nfirmware = 1.12.0.53\nwifi = net\n[board 1]\npower = manual\n[board 2]\npower = manual\n");
        string secrets = Path.Combine(_root, "secrets");
        Assert.True(new Provisioner().Provision(config, secrets, force: false).Ok);

        CliRunner.Result result = CliRunner.Run(["boards", "--config", config, "--secrets", secrets, "--listen", "1s", "--json"]);

        Assert.Equal(1, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal("lab-j", root.GetProperty("kit").GetString());
        Assert.False(root.GetProperty("all_online").GetBoolean());
        JsonElement[] boards = [.. root.GetProperty("boards").EnumerateArray()];
        Assert.Equal([1L, 2L], boards.Select(b => b.GetProperty("board").GetInt64()));
        Assert.All(boards, b => Assert.Equal("missing", b.GetProperty("status").GetString()));
        Assert.All(boards, b => Assert.Equal(JsonValueKind.Null, b.GetProperty("last_seen_ms_ago").ValueKind));
        Assert.Contains("listening 1 s for the boards of kit lab-j", result.Error, StringComparison.Ordinal);
    }
}
