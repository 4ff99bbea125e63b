using Generals.Harness.Worlds.Emu;

namespace Generals.Cli.Tests.Emu;

/// <summary>`generals sniff` finds a running emulated run under the store and prints its frames as they are sent and delivered.</summary>
public sealed class SniffCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-sniff-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Sniff_AnEmulatedRunStartsAfterIt_PrintsItsProtocolFramesSentAndDeliveredUntilTheRunEnds()
    {
        string store = Path.Combine(_root, "store");
        string folder = Path.Combine(store, "om-n4-m1", "run");
        Task<CliRunner.Result> sniff = Task.Run(() => CliRunner.Run(["sniff", "--store", store, "--wait", "120s"]));

        CliRunner.Result run = CliRunner.Run(["run", "om-n4-m1", "--mode", "emu", "--seed", "1", "--out", folder]);
        CliRunner.Result sniffed = await sniff.WaitAsync(TimeSpan.FromMinutes(3));

        // What is watched is the test's point, not the verdict: a loaded machine may break the plan's timing (unknown).
        Assert.True(run.ExitCode == 0 || (run.ExitCode == 2 && run.Output.Contains("timing-break (", StringComparison.Ordinal)), run.Output + run.Error);
        Assert.Contains($"watch the wire: generals sniff {folder}  (or: mosquitto_sub -h 127.0.0.1 -p ", run.Error, StringComparison.Ordinal);
        Assert.Contains("-i watcher -u watcher -P ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, WatchCard.FileName)), "the card goes with the run's broker");
        Assert.True(sniffed.ExitCode == 0, sniffed.Output + sniffed.Error);
        Assert.Contains($"watching {folder}: kit lab, broker mqtt://127.0.0.1:", sniffed.Error, StringComparison.Ordinal);
        string[] lines = sniffed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Every general sends protocol messages in OM(1): the commander its orders, each lieutenant its relays.
        Assert.All(new[] { "1", "2", "3", "4" }, from => Assert.Contains(lines, l => l.Contains($"sent       Protocol   {from} -> ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("delivered  Protocol   1 -> 2    instance 1  round 0", StringComparison.Ordinal));
        Assert.Contains(" frames sent, ", sniffed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sniff_NoRunStarts_GivesUpAfterItsWaitWithAnIoError()
    {
        CliRunner.Result result = CliRunner.Run(["sniff", "--store", Path.Combine(_root, "empty"), "--wait", "1s"]);

        Assert.Equal(74, result.ExitCode);
        Assert.Contains("no emulated run is running under", result.Error, StringComparison.Ordinal);
    }
}
