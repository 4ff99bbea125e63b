using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Generals.Harness.Emu;

/// <summary>
/// A real mosquitto on a loopback port, configured from a kit (<see cref="MosquittoConfig"/>): no anonymous clients,
/// a hashed password file of the kit's broker credentials, an ACL file with the same rules as the embedded broker,
/// the same limits, and its log kept in its folder. Used by interop tests and by labs that run mosquitto; the harness
/// then relays as an MQTT client.
/// </summary>
public sealed class MosquittoBroker : IDisposable
{
    private readonly Process _process;

    private MosquittoBroker(Process process, int port, string logPath)
    {
        _process = process;
        Port = port;
        LogPath = logPath;
    }

    public int Port { get; }

    /// <summary>mosquitto's log, in the folder it was started in (the run folder).</summary>
    public string LogPath { get; }

    /// <summary>What mosquitto refused so far, read from its log (<see cref="MosquittoLog"/>).</summary>
    public BrokerRefusals Refusals() => MosquittoLog.Read(LogPath);

    /// <summary>mosquitto's process id (its resident memory is in /proc/&lt;id&gt;/status).</summary>
    public int ProcessId => _process.Id;

    public string Url => "mqtt://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes mosquitto.conf, the password file and the ACL into <paramref name="folder"/>, starts mosquitto and waits for it.</summary>
    public static MosquittoBroker Start(string folder, string kit, KitCredentials credentials, IEnumerable<int> generals)
    {
        Directory.CreateDirectory(folder);
        int port = EmbeddedBroker.FreePort();
        int[] ids = [.. generals];
        string config = MosquittoConfig.Write(folder, kit, credentials, ids, port, BrokerLimits.ForGenerals(ids.Length));
        var info = new ProcessStartInfo(Executable("mosquitto")) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(config);
        Process process = Process.Start(info) ?? throw new InvalidOperationException("mosquitto did not start");
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var broker = new MosquittoBroker(process, port, Path.Combine(folder, MosquittoConfig.LogFile));
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
