using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Generals.Harness.Worlds.Emu;

namespace Generals.Bench.Soak;

/// <summary>
/// One mosquitto for the whole soak, on a loopback port, which every run joins (`--broker mqtt://127.0.0.1:PORT`): the
/// kit's users and ACL as a run's mosquitto has them (<see cref="MosquittoConfig"/>), plus one read-only user, the
/// capture client, that may read every topic of the kit but publish nothing. It runs under `generals supervise`, so it
/// dies with the soak whatever way the soak dies.
/// </summary>
public sealed class SoakBroker : IDisposable
{
    /// <summary>The capture client's user (and client id: mosquitto uses the user name as the client id).</summary>
    public const string CaptureUser = "soak-capture";

    /// <summary>How long mosquitto may take to listen.</summary>
    private static readonly TimeSpan ListenMax = TimeSpan.FromSeconds(20);

    private readonly ChildProcess _process;

    private SoakBroker(ChildProcess process, int port, string folder, string capturePassword)
    {
        _process = process;
        Port = port;
        Folder = folder;
        CapturePassword = capturePassword;
    }

    public int Port { get; }

    public string Folder { get; }

    public string CapturePassword { get; }

    public string Url => "mqtt://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    public string LogPath => Path.Combine(Folder, MosquittoConfig.LogFile);

    /// <summary>What mosquitto refused over the soak, read from its log.</summary>
    public IReadOnlyDictionary<string, long> Refusals() => MosquittoLog.Read(LogPath).Snapshot();

    public static SoakBroker Start(string folder, KitCredentials credentials, GeneralsLauncher launcher)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(launcher);
        Directory.CreateDirectory(folder);
        string capturePassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        string passwords = Path.Combine(folder, "passwd");
        string acl = Path.Combine(folder, "acl");
        string config = Path.Combine(folder, "mosquitto.conf");
        WritePasswords(passwords, credentials.Passwords.Append(new(CaptureUser, capturePassword)));
        File.WriteAllText(acl, new BrokerAcl(SoakKit.Id).MosquittoAcl(Enumerable.Range(1, SoakKit.Generals))
            + $"user {CaptureUser}\ntopic read gl/{SoakKit.Id}/#\n");
        int port = EmbeddedBroker.FreePort();

        // Room for the capture client, the rogue client and a killed harness's connection that has not closed yet.
        BrokerLimits limits = BrokerLimits.ForGenerals(SoakKit.Generals + BrokerLimits.AddressHeadroom);
        File.WriteAllText(config, MosquittoConfig.Text(port, limits, passwords, acl, Path.Combine(folder, MosquittoConfig.LogFile)));
        string mosquitto = new[] { "/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("mosquitto is not installed (apt-get install -y mosquitto)");
        ChildProcess process = ChildProcess.Start("mosquitto", launcher.FileName,
            [.. launcher.PrefixArguments, "supervise", "--parent-pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), "--", mosquitto, "-c", config], output: null);
        var broker = new SoakBroker(process, port, folder, capturePassword);
        broker.WaitUntilListening();
        return broker;
    }

    /// <summary>Calls <paramref name="report"/> if mosquitto exits before the soak stops it.</summary>
    public void OnUnplannedExit(Action<string> report) => _process.OnUnplannedExit(report);

    public void Dispose()
    {
        _process.Stop(TimeSpan.FromSeconds(5));
        _process.Dispose();
    }

    private static void WritePasswords(string path, IEnumerable<KeyValuePair<string, string>> users)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(new FileStream(path, options), new UTF8Encoding(false));
        foreach ((string user, string password) in users)
        {
            writer.Write(user + ":" + MosquittoPasswordFile.Line(password, RandomNumberGenerator.GetBytes(MosquittoPasswordFile.SaltBytes), MosquittoPasswordFile.Iterations) + "\n");
        }
    }

    private void WaitUntilListening()
    {
        DateTime end = DateTime.UtcNow + ListenMax;
        while (DateTime.UtcNow < end)
        {
            if (!_process.IsRunning)
            {
                throw new InvalidOperationException($"mosquitto exited as it started (`mosquitto -c {Folder}/mosquitto.conf` shows why)");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        throw new InvalidOperationException($"mosquitto did not listen on 127.0.0.1:{Port} within {ListenMax.TotalSeconds} s");
    }
}
