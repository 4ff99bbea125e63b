using Generals.Cli.Commands;
using Generals.Harness.Runs;

namespace Generals.Cli.Tests;

/// <summary>`generals node` with no broker to reach says what it waits for, and by hand gives up with a clear error.</summary>
public sealed class NodeBrokerWaitTests : IDisposable
{
    private const string Config =
        "[kit]\nid = wait-kit\nbroker = mqtt://127.0.0.1:9\nlms = H5/W2\ntarget = ESP32_REV3\nfirmware = 1.12.0.53\nwifi = net\n[board 1]\n[board 2]\n";

    private readonly string _root = Directory.CreateTempSubdirectory("generals-node-wait-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Node_NoBrokerWithinTheTimeout_SaysWhatItWaitsForThenGivesUpWith74()
    {
        string config = Path.Combine(Directory.CreateDirectory(Path.Combine(_root, "kit")).FullName, "nf.config");
        File.WriteAllText(config, Config);
        string secrets = Path.Combine(_root, "secrets");
        Assert.Equal(0, CliRunner.Run(["provision", "--config", config, "--secrets", secrets]).ExitCode);

        CliRunner.Result result = CliRunner.Run(["node", "--config", config, "--secrets", secrets, "--id", "1", "--data", Path.Combine(_root, "data"), "--connect-timeout", "6s"]);

        Assert.Equal(ExitCodes.IoFailure, result.ExitCode);
        Assert.Matches(@"waiting for the broker at 127\.0\.0\.1:9 for \d+ s: .+, giving up after 6 s", result.Output);
        Assert.Matches(@"gave up: no broker at 127\.0\.0\.1:9 after \d+ s \(.+\); is the broker running", result.Output);
    }

    [Theory]
    [InlineData(null, null, 60.0)]
    [InlineData(null, 4242, null)]
    [InlineData("30s", null, 30.0)]
    [InlineData("2m", 4242, 120.0)]
    [InlineData("0", null, null)]
    public void ConnectTimeout_ToldOrByHandOrUnderAHarness(string? told, int? parentPid, double? expectedSeconds)
    {
        TimeSpan? limit = NodeCommand.ConnectTimeout(told, parentPid);

        Assert.Equal(expectedSeconds, limit?.TotalSeconds);
    }
}
