using System.Diagnostics;
using System.Text.Json;
using Generals.Harness.Provisioning;
using Generals.Harness.Provisioning.Flash;
using Generals.Harness.Worlds.Emu;

namespace Generals.Cli.Tests.Lab;

/// <summary>
/// `generals flash` with a stand-in `nanoff` first on its PATH that records each command line: nanoFramework, the
/// application and the board's files go to the board's serial port; a board's LMS key is never copied twice.
/// </summary>
public sealed class FlashCommandTests : IDisposable
{
    private const string Config = "[kit]\nid = lab-f\nbroker = mqtt://192.168.1.10:1883\nscheme = lms\nlms = H5/W4\ntarget = ESP32_REV3\n"
        + "firmware = 1.12.0.53\nwifi = generals-lab\n[board 1]\nserial = /dev/ttyUSB0\npower = uhubctl:1-1:1\n[board 2]\nserial = /dev/ttyUSB1\npower = manual\n";

    private readonly string _root = Directory.CreateTempSubdirectory("generals-flash-").FullName;
    private readonly string _config;
    private readonly string _secrets;
    private readonly string _tools;
    private readonly string _image;

    public FlashCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "kit"));
        _config = Path.Combine(_root, "kit", "nf.config");
        File.WriteAllText(_config, Config);
        _secrets = Path.Combine(_root, "secrets");
        Assert.True(new Provisioner().Provision(_config, _secrets, force: false).Ok);
        File.WriteAllText(Path.Combine(_secrets, "lab-f", BoardImage.WifiPasswordFile), "correct horse\n");
        _image = Path.Combine(_root, "Generals.Firmware.bin");
        File.WriteAllBytes(_image, [1, 2, 3]);
        _tools = Directory.CreateDirectory(Path.Combine(_root, "bin")).FullName;
        string nanoff = Path.Combine(_tools, "nanoff");
        File.WriteAllText(nanoff, $"#!/bin/bash\necho \"nanoff $*\" >> '{Calls}'\nif [ \"$1\" = --filedeployment ]; then cp \"$2\" '{_root}/deploy-'$(date +%s%N).json; fi\necho ok\n");
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the stand-in nanoff is a bash script");
        }

        File.SetUnixFileMode(nanoff, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private string Calls => Path.Combine(_root, "nanoff.calls");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Flash_OneBoard_NanoffWritesFirmwareApplicationAndTheBoardsFilesOnItsPort()
    {
        (int code, string output) = Generals("flash", "--config", _config, "--secrets", _secrets, "--board", "2", "--image", _image);

        Assert.True(code == 0, output);
        string[] calls = File.ReadAllLines(Calls);
        Assert.Equal(3, calls.Length);
        Assert.Equal("nanoff --target ESP32_REV3 --serialport /dev/ttyUSB1 --update --fwversion 1.12.0.53", calls[0]);
        Assert.Equal($"nanoff --target ESP32_REV3 --serialport /dev/ttyUSB1 --deploy --image {_image}", calls[1]);
        Assert.StartsWith("nanoff --filedeployment ", calls[2], StringComparison.Ordinal);

        using JsonDocument deploy = JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(_root, "deploy-*.json").Single()));
        Assert.Equal("/dev/ttyUSB1", deploy.RootElement.GetProperty("serialport").GetString());
        Dictionary<string, string> files = deploy.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("DestinationFilePath").GetString()!, f => f.GetProperty("SourceFilePath").GetString()!);
        Assert.Equal(_config, files[@"I:\nf.config"]);
        Assert.Contains(@"I:\nf.keys", files.Keys);
        Assert.Contains(@"I:\signer\lms.key", files.Keys);
        Assert.Contains(@"I:\signer\lms.mark", files.Keys);
        Assert.Contains(@"I:\mac\telemetry", files.Keys);
        Assert.Contains(@"I:\mac\link_1", files.Keys);
        string ini = File.ReadAllText(files[@"I:\board.ini"]);
        string brokerPassword = File.ReadAllText(KitCredentials.FileOf(Path.Combine(_secrets, "lab-f"), "general-2")).Trim();
        Assert.Equal($"id = 2\nwifi-password = correct horse\nbroker-password = {brokerPassword}\nlink = reliable,durable,authenticated\n", ini);
        Assert.All(files.Values, source => Assert.True(source == _config || source.StartsWith(_secrets, StringComparison.Ordinal) || source.StartsWith(Path.Combine(_root, "kit"), StringComparison.Ordinal), source));
    }

    [Fact]
    public void Flash_SameLmsKeyAgain_RefusedWithoutTouchingTheBoardUnlessItKeepsItsKey()
    {
        Assert.Equal(0, Generals("flash", "--config", _config, "--secrets", _secrets, "--board", "1", "--image", _image).Code);
        File.Delete(Calls);

        (int again, string refused) = Generals("flash", "--config", _config, "--secrets", _secrets, "--board", "1", "--image", _image);
        bool touched = File.Exists(Calls);
        (int kept, string keptOutput) = Generals("flash", "--config", _config, "--secrets", _secrets, "--board", "1", "--image", _image, "--keep-key");

        Assert.Equal(1, again);
        Assert.Contains("board 1: refused: its LMS key was copied onto it on", refused, StringComparison.Ordinal);
        Assert.False(touched);
        Assert.Equal(0, kept);
        using JsonDocument deploy = JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(_root, "deploy-*.json").OrderBy(f => f, StringComparer.Ordinal).Last()));
        Assert.DoesNotContain(deploy.RootElement.GetProperty("files").EnumerateArray(), f => f.GetProperty("DestinationFilePath").GetString()!.StartsWith(@"I:\signer\", StringComparison.Ordinal));
        Assert.Contains("flashed", keptOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Flash_NoWifiPassword_RefusedNamingTheFileBeforeAnyNanoff()
    {
        File.Delete(Path.Combine(_secrets, "lab-f", BoardImage.WifiPasswordFile));

        (int code, string output) = Generals("flash", "--config", _config, "--secrets", _secrets, "--board", "2", "--image", _image);

        Assert.Equal(66, code);
        Assert.Contains("wifi.password: no Wi-Fi password", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Calls));
    }

    [Theory]
    [InlineData("node/incarnation", "node_incarnation")]
    [InlineData("link/2", "link_2")]
    [InlineData("lms.t0", "lms.t0")]
    [InlineData("a b", "a~20b")]
    public void BoardFileNames_AsFirmwareReadmeSays(string record, string file)
    {
        Assert.Equal(file, BoardFileNames.Of(record));
    }

    /// <summary>Runs `generals ARGS` as its own process with the stand-in nanoff first on its PATH.</summary>
    private (int Code, string Output) Generals(params string[] args)
    {
        GeneralsLauncher launcher = GeneralsLauncher.Current(typeof(CliApp).Assembly.Location);
        var info = new ProcessStartInfo(launcher.FileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in (string[])[.. launcher.PrefixArguments, .. args])
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["PATH"] = _tools + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        using Process process = Process.Start(info)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
