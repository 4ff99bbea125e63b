namespace Generals.Cli.Tests;

public sealed class ProvisionCommandTests : IDisposable
{
    private const string Config =
        "[kit]\nid = cli-kit\nbroker = mqtt://127.0.0.1\nlms = H5/W2\ntarget = ESP32_REV3\nfirmware = 1.12.0.53\nwifi = net\n[board 1]\n[board 2]\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "generals-cli-" + Guid.NewGuid().ToString("N"));

    public ProvisionCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "kit"));
        File.WriteAllText(ConfigPath, Config);
    }

    private string ConfigPath => Path.Combine(_root, "kit", "nf.config");

    private string Secrets => Path.Combine(_root, "secrets");

    [Fact]
    public void Provision_NewKit_ExitsZeroAndNamesEveryKey()
    {
        CliRunner.Result result = CliRunner.Run(["provision", "--config", ConfigPath, "--secrets", Secrets]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("signer 0 (harness): lms H5/W2, 32 signatures", result.Output, StringComparison.Ordinal);
        Assert.Contains("signer 2: lms H5/W2", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_root, "kit", "nf.keys")));
        Assert.True(File.Exists(Path.Combine(Secrets, "cli-kit", "signer-1.key")));
    }

    [Fact]
    public void Provision_ExistingKeys_ExitsOneUnlessForced()
    {
        CliRunner.Run(["provision", "--config", ConfigPath, "--secrets", Secrets]);

        CliRunner.Result refused = CliRunner.Run(["provision", "--config", ConfigPath, "--secrets", Secrets]);
        CliRunner.Result forced = CliRunner.Run(["provision", "--config", ConfigPath, "--secrets", Secrets, "--force"]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("use --force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
    }

    [Fact]
    public void Provision_MissingConfig_ExitsInputMissingAndSaysSo()
    {
        CliRunner.Result result = CliRunner.Run(["provision", "--config", Path.Combine(_root, "none.config"), "--secrets", Secrets]);

        Assert.Equal(66, result.ExitCode);
        Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysStatus_ProvisionedKit_PrintsATableRowPerSigner()
    {
        CliRunner.Run(["provision", "--config", ConfigPath, "--secrets", Secrets]);

        CliRunner.Result result = CliRunner.Run(["keys", "status", "--config", ConfigPath, "--secrets", Secrets]);

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("signer", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^0 \(harness\)\s+lms\s+H5/W2\s+32\s+ok$", lines[1]);
        Assert.Matches(@"^2\s+lms\s+H5/W2\s+32\s+ok$", lines[3]);
    }

    [Fact]
    public void KeysStatus_DamagedTreeByte_ExitsOneWithALineNamingTheRecord()
    {
        CliRunner.Run(["provision", "--config", ConfigPath, "--secrets", Secrets]);
        string file = Path.Combine(Secrets, "cli-kit", "signer-2.key");
        byte[] bytes = File.ReadAllBytes(file);
        int tree = bytes.AsSpan().IndexOf("lms.t0.0"u8) + "lms.t0.0".Length + 4;
        bytes[tree + 700] ^= 0x08;
        File.WriteAllBytes(file, bytes);

        CliRunner.Result result = CliRunner.Run(["keys", "status", "--config", ConfigPath, "--secrets", Secrets]);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"\n1\s+lms\s+H5/W2\s+32\s+ok\n", result.Output);
        Assert.Matches(@"\n2\s+lms\s+H5/W2\s+\?\s+damaged: tree record lms.t0.0 fails its checksum; it will not sign\n", result.Output);
    }

    [Fact]
    public void KeysStatus_BeforeProvisioning_ExitsInputMissingAndPointsToProvision()
    {
        CliRunner.Result result = CliRunner.Run(["keys", "status", "--config", ConfigPath, "--secrets", Secrets]);

        Assert.Equal(66, result.ExitCode);
        Assert.Contains("run `generals provision` first", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
