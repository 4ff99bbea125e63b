using System.Diagnostics;

namespace Generals.Harness.Worlds.Emu.Hosts;

/// <summary>
/// Runs iproute2's `ip` with arguments (no shell) and returns its output; a failure or a command that hangs becomes a
/// <see cref="ProcessStartException"/> naming the command and what `ip` said.
/// </summary>
public static class IpCommand
{
    /// <summary>How long one `ip` command may take: it answers in milliseconds; a hung one must not hang the run.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>`ip` on this machine, or null (`apt-get install iproute2`).</summary>
    public static string? Path => ExecutableSearch.Find("ip");

    /// <summary>Runs `ip <paramref name="arguments"/>`; its standard output, or an exception when it fails.</summary>
    public static string Run(params string[] arguments)
    {
        string ip = Path ?? throw new ProcessStartException("`ip` (iproute2) is not installed: hosts need it to make network namespaces");
        var start = new ProcessStartInfo(ip) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new ProcessStartException("`ip` did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill();
            throw new ProcessStartException($"`ip {string.Join(' ', arguments)}` did not finish within {Timeout.TotalSeconds} s");
        }

        if (process.ExitCode != 0)
        {
            throw new ProcessStartException($"`ip {string.Join(' ', arguments)}` failed: {error.Result.Trim()}");
        }

        return output.Result;
    }

    /// <summary>Runs it, and says nothing when it fails (a cleanup of something already gone).</summary>
    public static bool TryRun(params string[] arguments)
    {
        try
        {
            Run(arguments);
            return true;
        }
        catch (ProcessStartException)
        {
            return false;
        }
    }
}
