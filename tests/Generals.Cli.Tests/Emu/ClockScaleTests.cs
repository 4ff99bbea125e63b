using System.Globalization;
using Generals.Harness.Runs;

namespace Generals.Cli.Tests.Emu;

/// <summary>
/// Time per world on emulated generals: a plan run slower than real time runs every general's clock at the same scale
/// (its rounds last longer in real time, not in plan time), and a plan whose timing the measured world cannot honour at
/// the scale the user fixed is refused with the reason before its start line.
/// </summary>
[Collection("emulated")]
public sealed class ClockScaleTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-clock-scale-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void RunEmu_ClockScale3_GeneralsRunAtTheScaleAndDecideAtTheirRoundsEndInPlanTime()
    {
        string folder = Path.Combine(_root, "scaled");

        CliRunner.Result result = CliRunner.Run(["run", "om-n4-m1", "--mode", "emu", "--seed", "2", "--clock-scale", "3", "--out", folder]);

        // As expected, or unknown because the world recorded that it ran a general late (a loaded machine): never a wrong verdict.
        Assert.True(result.ExitCode == 0 || result.Output.Contains("UNKNOWN: timing-break (", StringComparison.Ordinal), result.Output + result.Error);
        string[] lines = File.ReadAllLines(Path.Combine(folder, "history.jsonl"));
        string start = lines.Single(l => l.Contains("\"type\":\"start\"", StringComparison.Ordinal));
        Assert.Contains("3x slower than real time (measured at start)", start, StringComparison.Ordinal);
        Assert.Contains("--clock-scale 3", File.ReadAllText(Path.Combine(folder, "nodes", "general-1.log")), StringComparison.Ordinal);
        // OM(1)'s first instance starts at 10 ms in rounds of 100 ms and decides at 210 ms of the plan: generals whose clocks
        // ran in real time while the harness ran 3x slower would decide at about 70 ms.
        long[] decided = [.. lines.Where(l => l.Contains("\"type\":\"decide\"", StringComparison.Ordinal) && l.Contains("\"instance\":1,", StringComparison.Ordinal))
            .Select(l => TimeOf(l) - TimeOf(start))];
        Assert.Equal(4, decided.Length);
        Assert.All(decided, ms => Assert.True(ms >= 210, $"decided at {ms} ms of the plan"));
    }

    [Fact]
    public void RunEmu_ClockScaleTooFastForARestart_RefusedWithTheNeedAndTheMeasuredFacts()
    {
        // General 2 must be back 10 ms after its restart: no process boots that fast in real time.
        string file = EmuScenarioFiles.Write(_root, "tight-restart", """
            name: tight-restart
            duration_ms: 1000
            settle_ms: 300
            generals: 4
            network:
              delay: { distribution: uniform, min_ms: 1, max_ms: 20 }
            faults:
              - { node: 2, kind: crash-recovery, at_ms: 40, restart_after_ms: 60 }
            workload:
              - { at_ms: 0, node: 0, command: start-instance, args: [2, 1, 1, 1, 1, 100, 10] }
            checks: [ic1, ic2, termination]
            """);

        CliRunner.Result result = CliRunner.Run(["run", file, "--mode", "emu", "--seed", "1", "--clock-scale", "1", "--out", Path.Combine(_root, "refused")]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("the emu world cannot honour the timing of tight-restart: general 2 restarts at 100 ms and instance 1 needs it at 110 ms: 10 ms for the world, and this world needs ",
            result.Error, StringComparison.Ordinal);
        Assert.Contains("(measured at start)); ", result.Error, StringComparison.Ordinal);
        Assert.Contains("slower than real time", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sim", "2", "--clock-scale is for emulated runs")]
    [InlineData("emu", "0", "--clock-scale '0' must be a whole number 1..50")]
    [InlineData("emu", "51", "--clock-scale '51' must be a whole number 1..50")]
    public void Run_ClockScaleForTheSimulatorOrOutOfRange_UsageError(string mode, string scale, string error)
    {
        CliRunner.Result result = CliRunner.Run(["run", "om-n4-m1", "--mode", mode, "--clock-scale", scale]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(error, result.Error, StringComparison.Ordinal);
    }

    private static long TimeOf(string line) => long.Parse(line["{\"t\":".Length..line.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
}
