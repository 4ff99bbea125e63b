using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// One OS process the harness started and watches. Its standard input is a pipe the harness holds open and never
/// writes, so a child with a <see cref="ParentWatch"/> exits when the harness dies, kill -9 included; its output
/// lines go to a callback; and an exit the harness did not ask for (<see cref="Kill"/>, <see cref="Stop"/>,
/// <see cref="ExpectExit"/>) is reported once, with how the process ended, to <see cref="OnUnplannedExit"/>.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    /// <summary>How long a kill waits for the process to be gone: the kernel ends a SIGKILLed process at once.</summary>
    public const int KillWaitMs = 5000;

    private readonly Process _process;
    private readonly IProcessControl _control;
    private readonly Lock _lock = new();
    private bool _exitExpected;
    private string? _unplannedExit;
    private Action<string>? _onUnplanned;

    private ChildProcess(string name, Process process, IProcessControl control)
    {
        Name = name;
        _process = process;
        _control = control;
    }

    /// <summary>What the process is, in messages ("general 2", "mosquitto").</summary>
    public string Name { get; }

    public int Id => _process.Id;

    public bool IsRunning => !_process.HasExited;

    /// <summary>
    /// Starts <paramref name="fileName"/> with <paramref name="arguments"/>; its first output line is a banner
    /// with its PID and command line, then every line it prints goes to <paramref name="output"/> (may be null).
    /// <paramref name="control"/> pauses, stops and kills it (default: this OS's, <see cref="ProcessControls.Current"/>).
    /// </summary>
    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, Action<string>? output, IProcessControl? control = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process, control ?? ProcessControls.Current);
        process.OutputDataReceived += (_, e) => Forward(output, e.Data);
        process.ErrorDataReceived += (_, e) => Forward(output, e.Data);
        process.Exited += (_, _) => child.OnExited();
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new ProcessStartException($"cannot start {name} ({fileName}): {e.Message}", e);
        }

        output?.Invoke(string.Create(CultureInfo.InvariantCulture, $"--- {name}: pid {process.Id}: {fileName} {string.Join(' ', info.ArgumentList)}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>How a process ended, in words: "code 3", "code 137 (killed by signal 9, SIGKILL)".</summary>
    public static string DescribeExit(int exitCode)
    {
        // .NET reports a process ended by signal N as 128 + N on POSIX systems.
        const int SignalBase = 128;
        const int SignalMax = 64;
        if (!OperatingSystem.IsWindows() && exitCode > SignalBase && exitCode <= SignalBase + SignalMax)
        {
            int signal = exitCode - SignalBase;
            string signalName = signal switch
            {
                2 => ", SIGINT",
                6 => ", SIGABRT",
                9 => ", SIGKILL",
                11 => ", SIGSEGV",
                15 => ", SIGTERM",
                _ => "",
            };
            return string.Create(CultureInfo.InvariantCulture, $"code {exitCode} (killed by signal {signal}{signalName})");
        }

        return string.Create(CultureInfo.InvariantCulture, $"code {exitCode}");
    }

    /// <summary>Calls <paramref name="report"/> with a description when the process exits unplanned (at once if it already did).</summary>
    public void OnUnplannedExit(Action<string> report)
    {
        string? already;
        lock (_lock)
        {
            _onUnplanned = report;
            already = _unplannedExit;
        }

        if (already != null)
        {
            report(already);
        }
    }

    /// <summary>From now on an exit of the process is expected (the harness is stopping everything).</summary>
    public void ExpectExit()
    {
        lock (_lock)
        {
            _exitExpected = true;
        }
    }

    /// <summary>Freezes the process (SIGSTOP, or the OS's way); false when it is gone or the OS cannot.</summary>
    public bool Pause() => IsRunning && _control.Pause(_process);

    /// <summary>Lets a paused process go on (SIGCONT, or the OS's way); false when it is gone or the OS cannot.</summary>
    public bool Resume() => IsRunning && _control.Resume(_process);

    /// <summary>kill -9 of the process and its children.</summary>
    public void Kill()
    {
        ExpectExit();
        if (IsRunning)
        {
            _control.Kill(_process);
            _process.WaitForExit(KillWaitMs);
        }
    }

    /// <summary>A polite stop: SIGTERM (where the OS has one), then kill -9 when it has not exited within <paramref name="grace"/>.</summary>
    public void Stop(TimeSpan grace)
    {
        ExpectExit();
        if (IsRunning && _control.Terminate(_process) && _process.WaitForExit(grace))
        {
            return;
        }

        Kill();
    }

    /// <summary>Kills the process if it still runs and closes the pipe to it.</summary>
    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static void Forward(Action<string>? output, string? line)
    {
        if (line != null)
        {
            output?.Invoke(line);
        }
    }

    private void OnExited()
    {
        Action<string>? report;
        string description;
        lock (_lock)
        {
            if (_exitExpected)
            {
                return;
            }

            description = $"{Name} exited with {DescribeExit(_process.ExitCode)}, not stopped by the harness";
            _unplannedExit = description;
            report = _onUnplanned;
        }

        report?.Invoke(description);
    }
}
