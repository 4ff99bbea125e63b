using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Generals.Harness.Emu;

/// <summary>
/// A real mosquitto on a loopback port, configured from a kit: no anonymous clients, a password file of the
/// kit's broker credentials (hashed by mosquitto_passwd) and an ACL file with the same rules as the embedded
/// broker. Used by interop tests and by labs that run mosquitto; the harness then relays as an MQTT client.
/// </summary>
public sealed class MosquittoBroker : IDisposable
{
    private readonly Process _process;

    private MosquittoBroker(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Url => "mqtt://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes mosquitto.conf, the password file and the ACL into <paramref name="folder"/>, starts mosquitto and waits for it.</summary>
    public static MosquittoBroker Start(string folder, string kit, KitCredentials credentials, IEnumerable<int> generals)
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
        var info = new ProcessStartInfo(Executable("mosquitto")) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(config);
        Process process = Process.Start(info) ?? throw new InvalidOperationException("mosquitto did not start");
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var broker = new MosquittoBroker(process, port);
        broker.WaitUntilListening(TimeSpan.FromSeconds(10));
        return broker;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private static string Executable(string name) =>
        new[] { "/usr/sbin/", "/usr/bin/", "/usr/local/sbin/", "/usr/local/bin/" }.Select(d => d + name).FirstOrDefault(File.Exists)
        ?? throw new FileNotFoundException($"{name} is not installed (apt-get install -y mosquitto)");

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

    private void WaitUntilListening(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"mosquitto exited with {_process.ExitCode}");
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

        throw new TimeoutException("mosquitto did not listen in time");
    }
}
