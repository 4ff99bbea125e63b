using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Generals.Harness.Emu;

/// <summary>
/// A real mosquitto on a loopback port, configured from a kit: no anonymous clients, a password file of the
/// kit's broker credentials (hashed by mosquitto_passwd) and an ACL file with the same rules as the embedded
/// broker. Used by interop tests and by labs that run mosquitto; the harness then relays as an MQTT client.
/// Started through `generals supervise` when a launcher is given, so that it dies with the harness (mosquitto
/// cannot watch the harness itself); watched either way, so that an exit the harness did not ask for is reported.
/// </summary>
public sealed class MosquittoBroker : IDisposable
{
    private readonly ChildProcess _process;

    private MosquittoBroker(ChildProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Url => "mqtt://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes mosquitto.conf, the password file and the ACL into <paramref name="folder"/>, starts mosquitto (through
    /// `generals supervise` started by <paramref name="supervisor"/> when given) and waits until it listens.
    /// </summary>
    public static MosquittoBroker Start(string folder, string kit, KitCredentials credentials, IEnumerable<int> generals, GeneralsLauncher? supervisor = null)
    {
        Directory.CreateDirectory(folder);
        int port = EmbeddedBroker.FreePort();
        string passwords = Path.Combine(folder, "passwd");
        string acl = Path.Combine(folder, "acl");
        string config = Path.Combine(folder, "mosquitto.conf");
        File.WriteAllLines(passwords, credentials.Passwords.Select(p => p.Key + ":" + p.Value));
        Run("mosquitto_passwd", "-U", passwords);
        File.WriteAllText(acl, new BrokerAcl(kit).MosquittoAcl(generals));
        File.WriteAllText(config, string.Join('\n',
            $"listener {port.ToString(CultureInfo.InvariantCulture)} 127.0.0.1",
            "allow_anonymous false",
            $"password_file {passwords}",
            $"acl_file {acl}",
            "persistence false",
            "log_dest stderr",
            // As root, mosquitto would switch to its own user, which cannot read the run's private folder.
            Environment.UserName == "root" ? "user root" : "",
            ""));
        string[] mosquitto = [Executable("mosquitto"), "-c", config];
        ChildProcess process = supervisor == null
            ? ChildProcess.Start("mosquitto", mosquitto[0], mosquitto[1..], output: null)
            : ChildProcess.Start("mosquitto", supervisor.FileName,
                [.. supervisor.PrefixArguments, "supervise", "--parent-pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), "--", .. mosquitto], output: null);
        var broker = new MosquittoBroker(process, port);
        try
        {
            broker.WaitUntilListening(TimeSpan.FromSeconds(10), config);
        }
        catch
        {
            broker.Dispose();
            throw;
        }

        return broker;
    }

    /// <summary>Calls <paramref name="report"/> when mosquitto exits without being stopped (at once if it already did).</summary>
    public void OnUnplannedExit(Action<string> report) => _process.OnUnplannedExit(report);

    /// <summary>From now on an exit of mosquitto is expected (the harness is stopping the run).</summary>
    public void ExpectExit() => _process.ExpectExit();

    public void Dispose() => _process.Dispose();

    private static string Executable(string name) =>
        new[] { "/usr/sbin/", "/usr/bin/", "/usr/local/sbin/", "/usr/local/bin/" }.Select(d => d + name).FirstOrDefault(File.Exists)
        ?? throw new ProcessStartException($"{name} is not installed (apt-get install -y mosquitto)");

    private static void Run(string name, params string[] arguments)
    {
        var info = new ProcessStartInfo(Executable(name)) { UseShellExecute = false, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(info)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{name} failed: {error}");
        }
    }

    private void WaitUntilListening(TimeSpan timeout, string config)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (!_process.IsRunning)
            {
                throw new ProcessStartException($"mosquitto exited as it started (`mosquitto -c {config}` by hand shows why)");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new ProcessStartException($"mosquitto did not listen on 127.0.0.1:{Port} within {timeout.TotalSeconds} s");
    }
}
