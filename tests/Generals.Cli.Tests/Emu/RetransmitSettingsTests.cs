using System.Text.Json;

namespace Generals.Cli.Tests.Emu;

/// <summary>
/// `link.retransmit_*` drives a real general's reliable link in every world: general 1 sends one message over a link that
/// loses every frame, and resends it as often as the scenario's bounds say. (Before the node-settings factory, an emulated
/// general ran the default 100/2000 ms whatever the scenario said.)
/// </summary>
[Collection("emulated")]
public sealed class RetransmitSettingsTests : IDisposable
{
    private const string Scenario = """
        name: retransmit
        duration_ms: 1500
        settle_ms: 0
        generals: 2
        link: { reliable: true, authenticated: true, retransmit_initial_ms: INITIAL, retransmit_max_ms: MAX }
        network:
          delay: { distribution: constant, ms: 1 }
        links:
          - { from: 1, to: 2, loss: 1.0 }
        workload:
          - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 1, interval_ms: 10, first_id: 1 }
        checks: []
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("generals-retransmit-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("sim")]
    [InlineData("emu")]
    public void Run_RetransmitFirstTimeoutLongerThanTheRun_MessageSentOnce(string mode)
    {
        int sends = DataSends(mode, initialMs: 5000, maxMs: 5000);

        // The default (100 ms, doubling) would have resent at 100, 300, 700 and 1500 ms.
        Assert.Equal(1, sends);
    }

    [Theory]
    [InlineData("sim")]
    [InlineData("emu")]
    public void Run_RetransmitEveryFortyMs_MessageResentThroughoutTheRun(string mode)
    {
        int sends = DataSends(mode, initialMs: 40, maxMs: 40);

        // 1500 ms / 40 ms is 37 sends. A loaded machine deschedules processes (CI saw 7 with a soak beside it), but a
        // late timer only ever sends less: the default bounds (100 ms doubling) can send at most 5 (0, 100, 300, 700,
        // 1500 ms), so a sixth send is the setting at work.
        Assert.InRange(sends, 6, 40);
    }

    private int DataSends(string mode, int initialMs, int maxMs)
    {
        string name = $"retransmit-{mode}-{initialMs}";
        string file = Path.Combine(_root, name + ".yaml");
        File.WriteAllText(file, Scenario.Replace("INITIAL", initialMs.ToString(), StringComparison.Ordinal).Replace("MAX", maxMs.ToString(), StringComparison.Ordinal));
        string folder = Path.Combine(_root, name);

        CliRunner.Result result = CliRunner.Run(["run", file, "--mode", mode, "--seed", "3", "--out", folder]);

        Assert.True(File.Exists(Path.Combine(folder, "history.jsonl")), result.Output + result.Error);
        return File.ReadLines(Path.Combine(folder, "history.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Count(e => e.GetProperty("type").GetString() == "send" && e.GetProperty("from").GetInt32() == 1 && e.GetProperty("kind").GetString() == "data");
    }
}
