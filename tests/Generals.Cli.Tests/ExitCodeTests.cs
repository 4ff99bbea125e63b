using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Generals.Cli.Tests;

/// <summary>
/// Every exit code of README's table from the real command line, each with one clear error line and no stack
/// trace (a grading script tells a typo from a failed experiment); --verbose adds the trace.
/// </summary>
public sealed class ExitCodeTests : IDisposable
{
    private const string KitConfig =
        "[kit]\nid = exit-kit\nbroker = mqtt://127.0.0.1\nlms = H5/W2\ntarget = ESP32_REV3\nfirmware = 1.12.0.53\nwifi = net\n[board 1]\n[board 2]\n";

    private readonly string _root = Directory.CreateTempSubdirectory("generals-exit-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Run_AsExpected_ExitsZero()
    {
        Assert.Equal(0, CliRunner.Run(["run", "reliable-link", "--seed", "1", "--out", Path.Combine(_root, "ok")]).ExitCode);
    }

    [Fact]
    public void Run_NotAsExpected_ExitsOne()
    {
        string file = Write("wrong.yaml", """
            name: wrong
            expected: valid
            generals: 2
            duration_ms: 5000
            network: { loss: 0.5 }
            workload: [ { at_ms: 0, node: 1, command: send-stream, to: 2, count: 50, interval_ms: 10, first_id: 1 } ]
            checks: [reliable-delivery]
            """);

        Assert.Equal(1, CliRunner.Run(["run", file, "--seed", "1", "--out", Path.Combine(_root, "wrong")]).ExitCode);
    }

    [Fact]
    public void Run_NothingJudged_ExitsTwo()
    {
        string file = Write("unjudged.yaml", "name: unjudged\ngenerals: 2\nduration_ms: 1000\nchecks: [reliable-delivery]\ninformative: [reliable-delivery]\n");

        CliRunner.Result result = CliRunner.Run(["run", file, "--seed", "1", "--out", Path.Combine(_root, "unjudged")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("UNKNOWN", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "run", "reliable-link", "--frobnicate" }, "--frobnicate")]
    [InlineData(new[] { "run", "--frobnicate" }, "unknown option '--frobnicate'")]
    [InlineData(new[] { "run", "reliable-link", "--seed", "abc" }, "--seed 'abc' is not a whole number 0..18446744073709551615")]
    [InlineData(new[] { "run", "reliable-link", "--mode", "fast" }, "fast")]
    [InlineData(new[] { "run" }, "argument")]
    [InlineData(new[] { "run", "reliable-link", "--seed" }, "--seed")]
    [InlineData(new[] { "run", "reliable-link", "--mode", "emu", "--broker", "http://x" }, "--broker 'http://x' must be mosquitto or mqtt://host:port")]
    [InlineData(new[] { "run", "reliable-link", "--mode", "emu", "--broker", "mqtt://127.0.0.1" }, "must be mosquitto or mqtt://host:port")]
    [InlineData(new[] { "run", "reliable-link", "--repeat", "0" }, "--repeat '0' must be a whole number 1..1000000")]
    [InlineData(new[] { "run", "reliable-link", "--mode", "emu", "--repeat", "3" }, "--repeat is for sim runs")]
    [InlineData(new[] { "node", "--id", "1", "--data", "d", "--broker", "tcp://127.0.0.1:1883" }, "--broker 'tcp://127.0.0.1:1883' must be mqtt://host:port")]
    [InlineData(new[] { "frobnicate" }, "frobnicate")]
    public void Cli_UsageError_Exits64WithOneLinePerProblemAndNoTrace(string[] args, string said)
    {
        CliRunner.Result result = CliRunner.Run(args);

        Assert.True(result.ExitCode == 64, $"exit {result.ExitCode}: {result.Error}");
        Assert.Contains(said, result.Error, StringComparison.Ordinal);
        AssertPlainErrorLines(result.Error);
    }

    [Fact]
    public void Run_ScenarioWithWrongTypes_Exits65ListingEveryProblemInPlainWords()
    {
        string file = Write("types.yaml", "name: types\ngenerals: many\nseed: -1\nnetwork: { loss: high }\nlink: { reliable: maybe }\n");

        CliRunner.Result result = CliRunner.Run(["run", file]);

        Assert.Equal(65, result.ExitCode);
        string[] lines = AssertPlainErrorLines(result.Error);
        Assert.Equal(4, lines.Length);
        Assert.Equal($"error: {file}: line 2, column 11: generals: 'many' is not a whole number -2147483648..2147483647", lines[0]);
        Assert.Equal($"error: {file}: line 3, column 7: seed: '-1' is not a whole number 0..18446744073709551615", lines[1]);
        Assert.Contains("line 4, column 18: network.loss: 'high' is not a number", lines[2], StringComparison.Ordinal);
        Assert.Contains("line 5, column 19: link.reliable: 'maybe' is not true or false", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Node_MalformedConfig_Exits65NamingTheFile()
    {
        string config = Write("nf.config", "[kit]\nid = Not A Kit!\n");

        CliRunner.Result result = CliRunner.Run(["node", "--config", config, "--id", "1", "--data", Path.Combine(_root, "d")]);

        Assert.Equal(65, result.ExitCode);
        Assert.Contains(config, result.Error, StringComparison.Ordinal);
        AssertPlainErrorLines(result.Error);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("explore")]
    public void ScenarioFileMissing_Exits66(string command)
    {
        string missing = Path.Combine(_root, "missing.yaml");

        CliRunner.Result result = CliRunner.Run([command, missing]);

        Assert.Equal(66, result.ExitCode);
        Assert.Equal($"error: no built-in scenario or file named '{missing}' (see `generals scenarios`)", AssertPlainErrorLines(result.Error).Single());
    }

    [Theory]
    [InlineData("node", "--id", "1", "--data", "d")]
    [InlineData("broker")]
    [InlineData("provision")]
    [InlineData("keys", "status")]
    public void KitConfigMissing_Exits66(params string[] command)
    {
        string missing = Path.Combine(_root, "none.config");

        CliRunner.Result result = CliRunner.Run([.. command, "--config", missing]);

        Assert.Equal(66, result.ExitCode);
        Assert.Equal($"error: {missing}: no such file (give the kit's configuration with --config)", AssertPlainErrorLines(result.Error).Single());
    }

    [Fact]
    public void Run_OutUnderAFile_Exits74NamingTheFolder()
    {
        string folder = Path.Combine(Write("plain-file", "not a folder"), "run");

        CliRunner.Result result = CliRunner.Run(["run", "reliable-link", "--seed", "1", "--out", folder]);

        Assert.Equal(74, result.ExitCode);
        Assert.StartsWith($"error: {folder}: cannot write there", AssertPlainErrorLines(result.Error).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Node_DataUnderAFile_Exits74()
    {
        string config = ProvisionedKit();
        string data = Path.Combine(Write("plain-file", "not a folder"), "data");

        CliRunner.Result result = CliRunner.Run(["node", "--config", config, "--secrets", Path.Combine(_root, "secrets"), "--id", "1", "--data", data, "--broker", "mqtt://127.0.0.1:9"]);

        Assert.Equal(74, result.ExitCode);
        Assert.Contains(data, AssertPlainErrorLines(result.Error).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broker_ListenerPortInUse_Exits74NamingTheListener()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        string config = ProvisionedKit($"listener = 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}\n");

        // Bounded: if the broker did start, the command would serve until Ctrl-C.
        Task<CliRunner.Result> broker = Task.Run(() => CliRunner.Run(["broker", "--config", config, "--secrets", Path.Combine(_root, "secrets")]));
        CliRunner.Result result = await broker.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(74, result.ExitCode);
        Assert.StartsWith($"error: {config}: listener 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}: ", AssertPlainErrorLines(result.Error).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_AnError_AddsTheStackTrace()
    {
        string folder = Path.Combine(Write("plain-file", "not a folder"), "run");

        CliRunner.Result result = CliRunner.Run(["run", "reliable-link", "--seed", "1", "--out", folder, "--verbose"]);

        Assert.Equal(74, result.ExitCode);
        Assert.Contains("   at Generals.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsTheExitCodes()
    {
        CliRunner.Result result = CliRunner.Run(["--help"]);

        Assert.Contains("64 usage error, 65 bad input file", result.Output, StringComparison.Ordinal);
        Assert.Contains("--verbose", result.Output, StringComparison.Ordinal);
    }

    /// <summary>The lines of an error: each starts with "error: ", none is a stack frame or names a .NET type.</summary>
    private static string[] AssertPlainErrorLines(string error)
    {
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.StartsWith("error: ", line, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        return lines;
    }

    private string ProvisionedKit(string extraKitLines = "")
    {
        string config = Write("kit/nf.config", KitConfig.Replace("[board 1]", extraKitLines + "[board 1]", StringComparison.Ordinal));
        CliRunner.Result provisioned = CliRunner.Run(["provision", "--config", config, "--secrets", Path.Combine(_root, "secrets")]);
        Assert.True(provisioned.ExitCode == 0, provisioned.Error);
        return config;
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
