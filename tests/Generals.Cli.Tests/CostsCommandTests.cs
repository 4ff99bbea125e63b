using System.Text.Json;

namespace Generals.Cli.Tests;

/// <summary>`--costs` on `run` and `demo`, and `generals costs` (docs/costs.md).</summary>
public sealed class CostsCommandTests : IDisposable
{
    // SM(1) among three loyal generals with LMS H5 keys (made in a blink): every general signs once.
    private const string TinyScenario = """
        name: tiny-sm
        expected: valid
        duration_ms: 400
        settle_ms: 100
        generals: 3
        signature: lms
        lms: H5/W4
        network:
          delay: { distribution: uniform, min_ms: 1, max_ms: 5 }
        workload:
          - { at_ms: 0, node: 0, command: start-instance, args: [3, 1, 1, 1, 1, 100, 10] }
        checks: [ic1, ic2, termination]
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("generals-costs-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Run_CostsOnASimulatedScenario_PrintsTheTableAndWritesCostsJson()
    {
        string scenario = Path.Combine(_root, "tiny.yaml");
        File.WriteAllText(scenario, TinyScenario);
        string folder = Path.Combine(_root, "run");

        CliRunner.Result result = CliRunner.Run(["run", scenario, "--seed", "3", "--out", folder, "--costs", "--compression-us", "250"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("costs: tiny-sm, seed 3, lms H5/W4", result.Output, StringComparison.Ordinal);
        Assert.Contains("250 µs per SHA-256 compression", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 of 32", result.Output, StringComparison.Ordinal);
        Assert.Contains("between rounds", result.Output, StringComparison.Ordinal);
        using JsonDocument costs = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "costs.json")));
        JsonElement generals = costs.RootElement.GetProperty("generals");
        Assert.Equal(3, generals.GetArrayLength());
        Assert.All(generals.EnumerateArray(), g => Assert.Equal(1, g.GetProperty("total").GetProperty("signatures_made").GetInt64()));
        Assert.Equal(250, costs.RootElement.GetProperty("compression_us").GetDouble());
    }

    [Fact]
    public void Run_WithoutCosts_WritesNoCostsJson()
    {
        string folder = Path.Combine(_root, "plain");

        CliRunner.Result result = CliRunner.Run(["run", "reliable-link", "--seed", "3", "--out", folder]);

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(folder, "costs.json")));
        Assert.DoesNotContain("costs:", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run", "reliable-link", "--mode", "emu", "--costs")]
    [InlineData("run", "reliable-link", "--repeat", "3", "--costs")]
    [InlineData("demo", "--costs")]
    [InlineData("costs", "reliable-link", "--compression-us", "0")]
    public void Costs_WhereItCannotBe_UsageError(params string[] args)
    {
        CliRunner.Result result = CliRunner.Run(args);

        Assert.Equal(64, result.ExitCode);
    }

    [Fact]
    public void Costs_NamedScenario_PrintsItsWholeReport()
    {
        string scenario = Path.Combine(_root, "tiny.yaml");
        File.WriteAllText(scenario, TinyScenario);

        CliRunner.Result result = CliRunner.Run(["costs", scenario, "--seed", "3"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("compressions", result.Output, StringComparison.Ordinal);
        Assert.Contains("per round", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"\n  1\s+0\s+10-110 ", result.Output);
    }
}
