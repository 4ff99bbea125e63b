using System.Globalization;
using System.Text;
using Generals.Harness.Provisioning;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Lab.Power;
using Generals.Harness.Worlds.Mqtt;

namespace Generals.Harness.Worlds.Lab.Virtual;

/// <summary>
/// A lab without boards: one `generals node` process per board, speaking exactly a board's topics and boot report, on a
/// provisioned kit whose nf.config wires each board to a USB hub port (`uhubctl:1-1:N`, odd boards), a USB relay
/// (`usbrelay:VLAB1_N`, even boards) or a person (`manual`), and stand-in `uhubctl` and `usbrelay` tools
/// (<see cref="StandInTools"/>) that turn the real command lines into a kill -9 or a restart of the board's process. A lab
/// run put on <see cref="SearchPath"/> drives these boards through its real power drivers. Every board is a child of the
/// process that made this object (the stand-ins ask it, through the `requests` pipe in the state folder, to start a board),
/// so every board dies with this object, and with that process however it dies (`generals node --parent-pid`).
/// </summary>
public sealed class VirtualLab : IDisposable
{
    /// <summary>The relay board's serial number in the virtual kit's nf.config.</summary>
    public const string RelaySerial = "VLAB1";

    /// <summary>The hub location in the virtual kit's nf.config.</summary>
    public const string HubLocation = "1-1";

    /// <summary>The link every virtual board runs (a board's board.ini `link`): what the built-ins that need it ask for.</summary>
    public const string BoardLink = "reliable,durable,authenticated";

    /// <summary>The request that ends the lab's reading of its requests pipe (written by <see cref="Dispose"/> itself).</summary>
    private const string QuitRequest = "quit";

    /// <summary>Characters of one request line read from the pipe: "on " and a key are far shorter; a longer line is not ours.</summary>
    private const int RequestCharsMax = 256;

    /// <summary>How long Dispose waits for the requests reader to see its quit: it reads one short line.</summary>
    private static readonly TimeSpan ReaderStopWait = TimeSpan.FromSeconds(5);

    private readonly Dictionary<int, string> _keys;
    private readonly Dictionary<string, string[]> _commands = [];
    private readonly Dictionary<string, ChildProcess> _running = [];
    private readonly Lock _lock = new();
    private readonly FileStream _requests;
    private readonly Thread _reader;

    private VirtualLab(string folder, Dictionary<int, string> keys, FileStream requests)
    {
        Folder = folder;
        _keys = keys;
        _requests = requests;
        _reader = new Thread(ReadRequests) { IsBackground = true, Name = "virtual lab requests" };
    }

    /// <summary>The lab's folder: kit/, secrets/, data/, bin/ (the stand-ins), state/ (pid files, restart commands, logs).</summary>
    public string Folder { get; }

    public string ConfigPath => Path.Combine(Folder, ProvisionedEmuKit.ConfigFolder, "nf.config");

    public string SecretsRoot => Path.Combine(Folder, ProvisionedEmuKit.SecretsFolder);

    /// <summary>The folder of the stand-in tools.</summary>
    public string ToolFolder => Path.Combine(Folder, "bin");

    /// <summary>The state folder of the stand-ins (each board's pid and restart command, `power.log`).</summary>
    public string StateFolder => Path.Combine(Folder, "state");

    /// <summary>PATH with the stand-ins first: what a lab run against these boards is given.</summary>
    public string SearchPath => ToolFolder + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

    /// <summary>The boards, by id.</summary>
    public IReadOnlyList<int> Boards => [.. _keys.Keys.Order()];

    /// <summary>
    /// Provisions a kit of <paramref name="boards"/> boards in <paramref name="folder"/> (boards in <paramref name="manual"/>
    /// are switched by hand), writes the stand-ins and each board's restart command, and powers every board on through them.
    /// </summary>
    public static VirtualLab Create(string folder, int boards, IReadOnlyCollection<int> manual, GeneralsLauncher launcher)
    {
        ArgumentNullException.ThrowIfNull(manual);
        ArgumentNullException.ThrowIfNull(launcher);
        folder = Path.GetFullPath(folder);
        string kitFolder = Path.Combine(folder, ProvisionedEmuKit.ConfigFolder);
        Directory.CreateDirectory(kitFolder);
        var keys = Enumerable.Range(1, boards).ToDictionary(id => id, id => manual.Contains(id) ? "manual_" + Text(id)
            : id % 2 == 1 ? StandInTools.HubKey(HubLocation, id) : StandInTools.RelayKey(RelaySerial + "_" + Text(id)));
        string configPath = Path.Combine(kitFolder, "nf.config");
        int port = EmbeddedBroker.FreePort();
        File.WriteAllText(configPath, Config(port, keys));
        ProvisionResult provisioned = new Provisioner().Provision(configPath, Path.Combine(folder, ProvisionedEmuKit.SecretsFolder), force: true);
        if (!provisioned.Ok)
        {
            throw new ScenarioException("provisioning the virtual lab's kit failed: " + string.Join("; ", provisioned.Messages));
        }

        string state = Path.Combine(folder, "state");
        Directory.CreateDirectory(state);
        StandInTools.Write(Path.Combine(folder, "bin"), state);
        string requestsPath = Path.Combine(state, "requests");
        MakePipe(requestsPath);

        // Opened for reading and writing: the lab never sees the pipe's end while the stand-ins come and go, and can write its own quit.
        var lab = new VirtualLab(folder, keys, new FileStream(requestsPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1, FileOptions.None));
        foreach ((int id, string key) in keys)
        {
            string data = Path.Combine(folder, ProvisionedEmuKit.DataFolder, "general-" + Text(id));
            string[] command =
            [
                .. launcher.PrefixArguments, "node", "--config", configPath, "--id", Text(id), "--data", data,
                "--secrets", lab.SecretsRoot, "--link", BoardLink, "--parent-pid", Text(Environment.ProcessId),
            ];
            lab._commands[key] = [launcher.FileName, .. command];
            File.WriteAllText(Path.Combine(state, key + ".cmd"), string.Join(' ', lab._commands[key].Select(Quote)) + "\n");
        }

        lab._reader.Start();
        foreach (int id in lab.Boards)
        {
            lab.Plug(id);
        }

        return lab;
    }

    /// <summary>Board <paramref name="board"/>'s process id, or null while it is off.</summary>
    public int? ProcessId(int board)
    {
        string pidFile = Path.Combine(StateFolder, _keys[board] + ".pid");
        return File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int pid) ? pid : null;
    }

    /// <summary>Pulls board <paramref name="board"/>'s cable by hand: kill -9 of its process, without a word to any harness.</summary>
    public ToolResult Pull(int board) => Switch(board, on: false);

    /// <summary>Plugs board <paramref name="board"/> back in by hand: its process starts again on its data folder.</summary>
    public ToolResult Plug(int board) => Switch(board, on: true);

    /// <summary>Pulls every board and stops reading the requests pipe.</summary>
    public void Dispose()
    {
        // A handle of its own for the quit: the reader's handle is busy in its read.
        using (var quit = new FileStream(Path.Combine(StateFolder, "requests"), FileMode.Open, FileAccess.Write))
        {
            quit.Write(System.Text.Encoding.ASCII.GetBytes(QuitRequest + "\n"));
        }

        _reader.Join(ReaderStopWait);
        lock (_lock)
        {
            foreach (ChildProcess board in _running.Values)
            {
                board.Kill();
                board.Dispose();
            }

            _running.Clear();
        }

        _requests.Dispose();
    }

    /// <summary>Serves the stand-ins' requests ("on KEY"): starts the board as this process's child and writes its pid file.</summary>
    private void ReadRequests()
    {
        using var reader = new StreamReader(_requests, System.Text.Encoding.ASCII, detectEncodingFromByteOrderMarks: false, bufferSize: RequestCharsMax, leaveOpen: true);
        while (reader.ReadLine() is { } line && line != QuitRequest)
        {
            string key = line.StartsWith("on ", StringComparison.Ordinal) ? line[3..] : "";
            if (_commands.TryGetValue(key, out string[]? command))
            {
                try
                {
                    Start(key, command);
                }
                catch (IOException e)
                {
                    // The stand-in waiting for the pid file reports the board as not started; the reason goes to the board's log.
                    File.AppendAllText(Path.Combine(StateFolder, key + ".log"), $"cannot start the board: {e.Message}\n");
                }
            }
        }
    }

    private void Start(string key, string[] command)
    {
        lock (_lock)
        {
            if (_running.TryGetValue(key, out ChildProcess? old))
            {
                // Killed by the stand-in (kill -9 of its pid): only its handle is left to let go of.
                old.Dispose();
            }

            string log = Path.Combine(StateFolder, key + ".log");
            var logLock = new Lock();
            ChildProcess board = ChildProcess.Start(key, command[0], command[1..], line =>
            {
                lock (logLock)
                {
                    File.AppendAllText(log, line + "\n");
                }
            });
            _running[key] = board;
            string pidFile = Path.Combine(StateFolder, key + ".pid");
            File.WriteAllText(pidFile + ".new", Text(board.Id));
            File.Move(pidFile + ".new", pidFile, overwrite: true);
        }
    }

    private ToolResult Switch(int board, bool on) =>
        new ToolRunner(ToolFolder).Run(Path.Combine(ToolFolder, "switch"), [_keys[board], on ? "on" : "off"]);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void MakePipe(string path)
    {
        ToolResult made = new ToolRunner().Run("mkfifo", [path]);
        if (!made.Ok)
        {
            throw new ProcessStartException($"{path}: cannot make the virtual boards' pipe ({made}: {made.Output})");
        }
    }

    private static string Config(int port, Dictionary<int, string> keys)
    {
        var text = new StringBuilder();
        text.Append("# A virtual lab (generals lab virtual): `generals node` processes as boards, stand-in power tools in ../bin.\n");
        text.Append("[kit]\nid = vlab\n");
        text.Append("broker = mqtt://127.0.0.1:").Append(Text(port)).Append('\n');
        text.Append("listener = 127.0.0.1:").Append(Text(port)).Append('\n');
        // Virtual boards run on the host: Ed25519, as an emulated run's kit, spares the harness an LMS key's first signature
        // (hundreds of ms on a loaded machine, which would hold back the plan's first commands) and minutes of key making.
        text.Append("scheme = ed25519\ntarget = ESP32_REV3\nfirmware = 1.12.0.53\nwifi = virtual\n");
        foreach ((int id, string key) in keys.OrderBy(k => k.Key))
        {
            string power = key.StartsWith("manual_", StringComparison.Ordinal) ? "manual"
                : key.StartsWith("uhubctl_", StringComparison.Ordinal) ? $"uhubctl:{HubLocation}:{Text(id)}"
                : "usbrelay:" + key["usbrelay_".Length..];
            text.Append("\n[board ").Append(Text(id)).Append("]\nserial = /dev/ttyVIRT").Append(Text(id)).Append("\npower = ").Append(power).Append('\n');
        }

        return text.ToString();
    }
}
