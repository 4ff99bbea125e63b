using System.Text.RegularExpressions;
using Generals.Harness.Runs;
using Generals.Harness.Worlds.Emu.Hosts;

namespace Generals.Cli.Tests.Emu;

/// <summary>
/// Emulated runs with the generals spread over three network namespaces, a mosquitto in each, bridged (docs/hosts.md). They
/// need root on Linux (CI runs as root); where namespaces cannot be made the run is refused with the reason, and these tests
/// fail with it in their message, never skip.
/// </summary>
[Collection("emulated")]
public sealed partial class HostsRunTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-hosts-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void RunCommand_OmN7M2OverThreeHosts_ExpectedVerdictWithEachGeneralOnItsHostsBroker() =>
        RunOverThreeHosts("om-n7-m2", generals: 7);

    [Fact]
    public void RunCommand_FdCrashRecoveryOverThreeHosts_ExpectedVerdictWithEachGeneralOnItsHostsBroker() =>
        RunOverThreeHosts("fd-crash-recovery", generals: 4);

    [Theory]
    [InlineData("om-n4-m1", "sim", "3", "--hosts is for emulated runs")]
    [InlineData("om-n4-m1", "emu", "0", "--hosts '0' must be a whole number 1..4")]
    [InlineData("om-n4-m1", "emu", "5", "--hosts '5' must be a whole number 1..4")]
    [InlineData("sm-n3-m1", "emu", "4", "--hosts 4: sm-n3-m1 has 3 generals")]
    public void Run_HostsForTheSimulatorOrOutOfRange_UsageError(string scenario, string mode, string hosts, string error)
    {
        CliRunner.Result result = CliRunner.Run(["run", scenario, "--mode", mode, "--hosts", hosts]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(error, result.Error, StringComparison.Ordinal);
    }

    // Every check of the plan must hold, its latency objectives included (fd-crash-recovery's detection time at most 600 ms):
    // over the star every general is at most one bridge hop from the relay (docs/hosts.md, "Latency over hosts").
    private void RunOverThreeHosts(string scenario, int generals)
    {
        string folder = Path.Combine(_root, scenario);

        CliRunner.Result result = CliRunner.Run(["run", scenario, "--mode", "emu", "--hosts", "3", "--seed", "2", "--out", folder]);

        // As the other emulated tests: a timing break the world recorded under load is its own unknown, never a wrong verdict.
        string said = result.Output + result.Error;
        bool unknownForTheWorld = result.ExitCode == ExitCodes.Unknown && said.Contains("UNKNOWN: timing-break (", StringComparison.Ordinal);
        Assert.True(result.ExitCode == ExitCodes.AsExpected || unknownForTheWorld, said);

        Assert.Contains("hosts: 3 network namespaces", said, StringComparison.Ordinal);
        // Each general connected first to its own host's broker (round-robin: general g on host (g-1)%3+1), three in all.
        string[] brokers = [.. Enumerable.Range(1, generals).Select(g => FirstBroker(File.ReadAllText(Path.Combine(folder, "nodes", $"general-{g}.log"))))];
        Assert.Equal(3, brokers.Distinct().Count());
        Assert.All(Enumerable.Range(1, generals), g => Assert.Equal(brokers[(g - 1) % 3], brokers[g - 1]));
        Assert.All(brokers, b => Assert.StartsWith(HostAddressPlan.Network + ".", b, StringComparison.Ordinal));
        Assert.All(Enumerable.Range(1, 3), h => Assert.True(File.Exists(Path.Combine(folder, "mosquitto", $"host-{h}", "mosquitto.conf"))));
        // A star: hosts 2 and 3 bridged to host 1's broker, each as its own user, neither login closing the other's.
        string hub = File.ReadAllText(Path.Combine(folder, "mosquitto", "host-1", "mosquitto.log"));
        Assert.All(new[] { 2, 3 }, h => Assert.Matches($@"New bridge connected from {Regex.Escape(HostAddressPlan.Network)}\.[0-9]+\.{h + 1}:[0-9]+ as bridge-{h} ", hub));
        Assert.DoesNotContain("already connected, closing old connection", hub, StringComparison.Ordinal);
        // The run removed what it made: no namespace of this test process is left.
        Assert.DoesNotContain($"glh-{Environment.ProcessId}", IpCommand.Run("netns", "list"), StringComparison.Ordinal);
    }

    private static string FirstBroker(string log) => ConnectedTo().Match(log) is { Success: true } m ? m.Groups[1].Value : "none in " + log;

    [GeneratedRegex(@"connected to the broker at ([0-9.]+):1883 \(1 of 3")]
    private static partial Regex ConnectedTo();
}
