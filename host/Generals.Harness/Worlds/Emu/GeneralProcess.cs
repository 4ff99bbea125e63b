using System.Globalization;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// One emulated general as an OS process (`generals node ...`), with the real faults: kill -9 (crash),
/// a restart on the same data folder (recovery), SIGSTOP/SIGCONT (pause). Its output goes to its log file.
/// The node is started with `--parent-pid` and a pipe from the harness, so it exits when the harness dies;
/// an exit the harness did not cause (a hand-made kill -9, a crash) is reported to <see cref="UnplannedExit"/>.
/// </summary>
public sealed class GeneralProcess : IDisposable
{
    private readonly GeneralsLauncher _launcher;
    private readonly IReadOnlyList<string> _arguments;
    private readonly string _logPath;
    private readonly IProcessControl? _control;
    private ChildProcess? _process;
    private StreamWriter? _log;

    public GeneralProcess(int id, GeneralsLauncher launcher, IReadOnlyList<string> arguments, string logPath, IProcessControl? control = null)
    {
        Id = id;
        _control = control;
        _launcher = launcher;
        _arguments = arguments;
        _logPath = logPath;
    }

    /// <summary>Hears of every exit the harness did not cause, with the general's id and how it ended.</summary>
    public event Action<int, string>? UnplannedExit;

    /// <summary>Hears every line the general writes, with its id, after the line is in the log file (the output's reader thread).</summary>
    public event Action<int, string>? OutputLine;

    public int Id { get; }

    public bool IsRunning => _process is { IsRunning: true };

    public int Starts { get; private set; }

    public int? ProcessId => _process?.Id;

    public void Start()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"general {Id} is already running");
        }

        _process?.Dispose();
        CloseLog();
        _log = new StreamWriter(_logPath, append: true) { AutoFlush = true };
        StreamWriter log = _log;
        Starts++;
        string[] arguments = [.. _launcher.PrefixArguments, .. _arguments, .. _launcher.NodeSuffixArguments, "--parent-pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture)];
        _process = ChildProcess.Start($"general {Id}", _launcher.FileName, arguments, line =>
        {
            Write(log, line);
            OutputLine?.Invoke(Id, line);
        }, _control);
        _process.OnUnplannedExit(what => UnplannedExit?.Invoke(Id, what));
    }

    /// <summary>kill -9: the general loses power; its store keeps only what it flushed.</summary>
    public void Kill()
    {
        if (IsRunning)
        {
            Resume();
            _process!.Kill();
        }
    }

    /// <summary>SIGSTOP (or the OS's way, <see cref="IProcessControl"/>): the general takes no steps; the broker keeps its messages.</summary>
    public bool Pause() => _process != null && _process.Pause();

    /// <summary>SIGCONT (or the OS's way): the general goes on with its backlog.</summary>
    public bool Resume() => _process != null && _process.Resume();

    /// <summary>From now on an exit of the general is expected (the harness is stopping the run).</summary>
    public void ExpectExit() => _process?.ExpectExit();

    /// <summary>A polite stop (SIGTERM, then kill -9 after a grace period).</summary>
    public void Stop(TimeSpan grace)
    {
        if (_process == null)
        {
            return;
        }

        _process.ExpectExit();
        Resume();
        _process.Stop(grace);
    }

    public void Dispose()
    {
        _process?.Dispose();
        CloseLog();
    }

    private static void Write(StreamWriter log, string line)
    {
        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    private void CloseLog()
    {
        if (_log != null)
        {
            lock (_log)
            {
                _log.Dispose();
            }
        }
    }
}
