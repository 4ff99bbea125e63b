using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Generals.Harness.Worlds.Emu.Hosts;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// A real mosquitto on a loopback port, configured from a kit (<see cref="MosquittoConfig"/>): no anonymous clients,
/// a hashed password file of the kit's broker credentials, an ACL file with the same rules as the embedded broker,
/// the same limits, and its log kept in its folder. Used by interop tests and by labs that run mosquitto; the harness
/// then relays as an MQTT client. Started through `generals supervise` when a launcher is given, so that it dies with
/// the harness (mosquitto cannot watch the harness itself); watched either way, so that an exit the harness did not
/// ask for is reported.
/// </summary>
public sealed class MosquittoBroker : IDisposable
{
    private readonly ChildProcess _process;

    private MosquittoBroker(ChildProcess process, int port, string logPath, string address)
    {
        _process = process;
        Port = port;
        LogPath = logPath;
        Address = address;
    }

    public int Port { get; }

    /// <summary>The address it listens on: loopback, or its host's (<see cref="BrokerPlace"/>).</summary>
    public string Address { get; }

    /// <summary>mosquitto's log, in the folder it was started in (the run folder).</summary>
    public string LogPath { get; }

    /// <summary>What mosquitto refused so far, read from its log (<see cref="MosquittoLog"/>).</summary>
    public BrokerRefusals Refusals() => MosquittoLog.Read(LogPath);

    /// <summary>
    /// The id of the process the harness started: mosquitto's own (its resident memory is in /proc/&lt;id&gt;/status)
    /// when started without a supervisor, as benches do; the supervisor's otherwise.
    /// </summary>
    public int ProcessId => _process.Id;

    public string Url => "mqtt://" + Address + ":" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes mosquitto.conf, the password file and the ACL into <paramref name="folder"/>, starts mosquitto (through
    /// `generals supervise` started by <paramref name="supervisor"/> when given) and waits until it listens: on a free port,
    /// or on <paramref name="port"/> (a restart); with <paramref name="bridge"/>, bridged to the other broker of a pair; with
    /// <paramref name="place"/>, on that address inside that host (docs/hosts.md), <paramref name="port"/> then required.
    /// </summary>
    public static MosquittoBroker Start(string folder, string kit, KitCredentials credentials, IEnumerable<int> generals, GeneralsLauncher? supervisor = null,
        MosquittoBridge? bridge = null, int port = 0, BrokerPlace? place = null)
    {
        Directory.CreateDirectory(folder);
        port = port == 0 ? EmbeddedBroker.FreePort() : port;
        int[] ids = [.. generals];
        string address = place?.Address ?? "127.0.0.1";
        string config = MosquittoConfig.Write(folder, kit, credentials, ids, port, BrokerLimits.ForGenerals(ids.Length), bridge, address);
        string[] mosquitto = [.. place?.CommandPrefix ?? [], Executable("mosquitto"), "-c", config];
        ChildProcess process = supervisor == null
            ? ChildProcess.Start("mosquitto", mosquitto[0], mosquitto[1..], output: null)
            : ChildProcess.Start("mosquitto", supervisor.FileName,
                [.. supervisor.PrefixArguments, "supervise", "--parent-pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), "--", .. mosquitto], output: null);
        var broker = new MosquittoBroker(process, port, Path.Combine(folder, MosquittoConfig.LogFile), address);
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
        ExecutableSearch.Find(name)
        ?? throw new ProcessStartException($"{name} is not installed, or not on PATH (apt-get install -y mosquitto; brew install mosquitto; mosquitto.org/download on Windows)");

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
                client.Connect(Address, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new ProcessStartException($"mosquitto did not listen on {Address}:{Port} within {timeout.TotalSeconds} s");
    }
}
