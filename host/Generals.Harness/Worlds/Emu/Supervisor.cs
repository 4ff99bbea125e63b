using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// `generals supervise`: runs a program that cannot watch the harness itself (mosquitto) as a child and ties its
/// life to the harness. It watches the harness like a general does (<see cref="ParentWatch"/>: the pipe from the
/// harness, its PID) and kills the program the moment the harness is gone; SIGTERM stops the program politely;
/// when the program exits by itself, the supervisor exits with the program's code, so the harness sees that exit.
/// Portable wherever .NET runs; on Linux the program is also started under `setpriv --pdeathsig KILL` when
/// setpriv is installed, so that even a kill -9 of the supervisor itself takes the program with it.
/// </summary>
public static class Supervisor
{
    /// <summary>How long a SIGTERMed program may take to stop before it is killed.</summary>
    public const int StopGraceMs = 2000;

    private const string SetprivPath = "/usr/bin/setpriv";

    /// <summary>Runs <paramref name="program"/> until it exits (its exit code) or the parent is gone or SIGTERM comes (0).</summary>
    public static int Run(int parentPid, string program, IReadOnlyList<string> arguments, TextWriter error)
    {
        ParentProcess.LeaveTerminalGroup();
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardInput = true };
        if (OperatingSystem.IsLinux() && File.Exists(SetprivPath))
        {
            // The supervisor starts the program from its main thread, which lives as long as the supervisor: the
            // parent-death signal (tied to the forking thread) then fires exactly when the supervisor dies.
            info = new ProcessStartInfo(SetprivPath) { UseShellExecute = false, RedirectStandardInput = true };
            info.ArgumentList.Add("--pdeathsig");
            info.ArgumentList.Add("KILL");
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(program);
        }

        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var wake = new ManualResetEventSlim();
        string? stopReason = null;
        using var child = new Process { StartInfo = info, EnableRaisingEvents = true };
        child.Exited += (_, _) => wake.Set();
        try
        {
            child.Start();
        }
        catch (Win32Exception e)
        {
            throw new ProcessStartException($"cannot start {program}: {e.Message}", e);
        }

        using ParentWatch watch = ParentWatch.ForParent(parentPid, what =>
        {
            stopReason = what;
            wake.Set();
        });
        using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopReason = "SIGTERM";
            wake.Set();
        });
        wake.Wait();
        if (stopReason == null || child.HasExited)
        {
            child.WaitForExit();
            error.WriteLine($"supervise: {Path.GetFileName(program)} (pid {child.Id}) exited with {ChildProcess.DescribeExit(child.ExitCode)}");
            return child.ExitCode;
        }

        if (stopReason != "SIGTERM" || !ProcessControls.Current.Terminate(child) || !child.WaitForExit(StopGraceMs))
        {
            ProcessControls.Current.Kill(child);
            child.WaitForExit(ChildProcess.KillWaitMs);
        }

        return 0;
    }
}
