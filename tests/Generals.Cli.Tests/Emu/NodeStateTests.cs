using System.Diagnostics;
using System.Globalization;
using Generals.Cli.Commands;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Provisioning;
using Generals.Host.Node;

namespace Generals.Cli.Tests.Emu;

/// <summary>
/// Real `generals node` processes on a provisioned kit, with no broker to reach (they keep retrying, which is all
/// these tests need): one key is held by one process only, and a damaged store fails the boot out loud.
/// </summary>
[Collection("emulated")]
public sealed class NodeStateTests : IDisposable
{
    private const string Config =
        "[kit]\nid = node-kit\nbroker = mqtt://127.0.0.1:9\nlms = H5/W2\ntarget = ESP32_REV3\nfirmware = 1.12.0.53\nwifi = net\n[board 1]\n[board 2]\n";

    // Generous: several builds and test runs share two cores; nothing here asserts how fast a node starts.
    private static readonly TimeSpan StartWaitMax = TimeSpan.FromSeconds(90);

    private readonly string _root = Directory.CreateTempSubdirectory("generals-node-").FullName;
    private readonly List<GeneralProcess> _processes = [];

    public NodeStateTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "kit"));
        File.WriteAllText(ConfigPath, Config);
        Assert.Equal(0, CliRunner.Run(["provision", "--config", ConfigPath, "--secrets", Secrets]).ExitCode);
    }

    private string ConfigPath => Path.Combine(_root, "kit", "nf.config");

    private string Secrets => Path.Combine(_root, "secrets");

    private string KeyFile => SecretsLocation.SignerFile(Secrets, "node-kit", 1);

    [Fact]
    public void Node_SecondProcessOnTheSameKey_RefusedAtOnceNamingTheFirst()
    {
        GeneralProcess first = Start("a");
        Assert.True(WaitUntil(() => Booted("a")), Log("a"));
        Assert.True(IsHeld(KeyFile), "the first general never took its key");

        (int? exitCode, string error) = RunToExit(NodeArguments("b"));

        Assert.Equal(65, exitCode);
        Assert.Contains($"{KeyFile} is in use by process {first.ProcessId!.Value.ToString(CultureInfo.InvariantCulture)}", error, StringComparison.Ordinal);
        Assert.True(first.IsRunning);
        first.Kill();
        Assert.False(IsHeld(KeyFile), "kill -9 released the lock");
    }

    [Fact]
    public void Node_SecondGeneralOnTheSameDataFolder_RefusedNamingTheFirst()
    {
        GeneralProcess first = Start("a");
        Assert.True(WaitUntil(() => Booted("a")), Log("a"));
        Assert.True(IsHeld(KeyFile), "the first general never took its key");

        (int? exitCode, string error) = RunToExit([.. NodeArguments("a")[..^4], "--id", "2", "--data", Path.Combine(_root, "data-a")]);

        Assert.Equal(74, exitCode);
        Assert.Contains($"{Path.Combine(_root, "data-a")} is in use by process {first.ProcessId!.Value.ToString(CultureInfo.InvariantCulture)}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Node_IncarnationRecordTruncatedWhileDown_BootFailsOutLoudInsteadOfStartingAtOne()
    {
        string record = Path.Combine(_root, "data-a", "store", "node~incarnation.rec");
        GeneralProcess general = Start("a");
        Assert.True(WaitUntil(() => File.Exists(record)), "the general never wrote its incarnation");
        general.Kill();
        File.WriteAllBytes(record, []);

        general.Start();

        Assert.True(WaitUntil(() => Log("a").Contains("boot failed: DamagedRecord (node/incarnation", StringComparison.Ordinal)), Log("a"));
        Assert.Equal(0, new FileInfo(record).Length);
    }

    public void Dispose()
    {
        _processes.ForEach(p => p.Dispose());
        Directory.Delete(_root, recursive: true);
    }

    private GeneralProcess Start(string name)
    {
        var process = new GeneralProcess(1, GeneralsLauncher.Current(typeof(EmuRun).Assembly.Location), NodeArguments(name), LogPath(name));
        _processes.Add(process);
        process.Start();
        return process;
    }

    // The second general as a process of its own; one that does not stop by itself is killed and reported (null).
    private static (int? ExitCode, string Error) RunToExit(string[] arguments)
    {
        GeneralsLauncher launcher = GeneralsLauncher.Current(typeof(EmuRun).Assembly.Location);
        var info = new ProcessStartInfo(launcher.FileName) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in launcher.PrefixArguments.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(info)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(StartWaitMax))
        {
            process.Kill(entireProcessTree: true);
            return (null, "still running: it signed with a key another process holds");
        }

        return (process.ExitCode, error.GetAwaiter().GetResult());
    }

    private string[] NodeArguments(string name) =>
        ["node", "--config", ConfigPath, "--secrets", Secrets, "--id", "1", "--data", Path.Combine(_root, "data-" + name)];

    private string LogPath(string name) => Path.Combine(_root, name + ".log");

    private string Log(string name)
    {
        using var stream = new FileStream(LogPath(name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }

    // Waiting on the log, not on the lock: a probe that takes the lock while the general starts would make it refuse its
    // own key (the general takes its key before it boots, so once it has booted the probe cannot race it).
    private bool Booted(string name) => File.Exists(LogPath(name)) && Log(name).Contains("booted: incarnation", StringComparison.Ordinal);

    private static bool IsHeld(string keyFile)
    {
        using FileLock? probe = FileLock.TryAcquire(SecretFileStore.LockPathOf(keyFile), out _);
        return probe == null;
    }

    private static bool WaitUntil(Func<bool> condition)
    {
        DateTime end = DateTime.UtcNow + StartWaitMax;
        while (!condition())
        {
            if (DateTime.UtcNow > end)
            {
                return false;
            }

            Thread.Sleep(50);
        }

        return true;
    }
}
