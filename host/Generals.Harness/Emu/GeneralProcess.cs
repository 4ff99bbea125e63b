using System.Diagnostics;

namespace Generals.Harness.Emu;

/// <summary>
/// One emulated general as an OS process (`generals node ...`), with the real faults: kill -9 (crash),
/// a restart on the same data folder (recovery), SIGSTOP/SIGCONT (pause). Its output goes to its log file.
/// </summary>
public sealed class GeneralProcess : IDisposable
{
    private readonly GeneralsLauncher _launcher;
    private readonly IReadOnlyList<string> _arguments;
    private readonly string _logPath;
    private Process? _process;
    private StreamWriter? _log;

    public GeneralProcess(int id, GeneralsLauncher launcher, IReadOnlyList<string> arguments, string logPath)
    {
        Id = id;
        _launcher = launcher;
        _arguments = arguments;
        _logPath = logPath;
    }

    public int Id { get; }

    public bool IsRunning => _process is { HasExited: false };

    public int Starts { get; private set; }

    public int? ProcessId => _process?.Id;

    public void Start()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"general {Id} is already running");
        }

        CloseLog();
        var info = new ProcessStartInfo(_launcher.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in _launcher.PrefixArguments.Concat(_arguments))
        {
            info.ArgumentList.Add(argument);
        }

        _log = new StreamWriter(_logPath, append: true) { AutoFlush = true };
        _log.WriteLine($"--- start {++Starts}: {info.FileName} {string.Join(' ', info.ArgumentList)}");
        StreamWriter log = _log;
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => Write(log, e.Data);
        _process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>kill -9: the general loses power; its store keeps only what it flushed.</summary>
    public void Kill()
    {
        if (IsRunning)
        {
            Resume();
            _process!.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
    }

    /// <summary>SIGSTOP: the general takes no steps; the broker keeps its messages.</summary>
    public bool Pause() => IsRunning && Signals.Send(_process!.Id, Signals.Stop);

    /// <summary>SIGCONT: the general goes on with its backlog.</summary>
    public bool Resume() => IsRunning && Signals.Send(_process!.Id, Signals.Continue);

    /// <summary>A polite stop (SIGTERM, then kill -9 after a grace period).</summary>
    public void Stop(TimeSpan grace)
    {
        if (!IsRunning)
        {
            return;
        }

        Resume();
        if (OperatingSystem.IsLinux())
        {
            Signals.Send(_process!.Id, 15);
            if (_process.WaitForExit((int)grace.TotalMilliseconds))
            {
                return;
            }
        }

        Kill();
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
        CloseLog();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line == null)
        {
            return;
        }

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
