using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Generals.Harness.Worlds.Lab.Power;

/// <summary>
/// Runs a power switch's command-line tool (uhubctl, usbrelay, nanoff) and returns its own result: the tool is looked up on
/// the search path (PATH, or one given for the run), its standard output and error are kept (bounded), and a tool that does
/// not finish in time is killed and reported as not run.
/// </summary>
public sealed class ToolRunner
{
    /// <summary>Characters of a tool's output kept: enough for its error message, short enough for a history line.</summary>
    public const int OutputCharsMax = 2000;

    /// <summary>
    /// How long a power tool may take: uhubctl and usbrelay answer within a second; a USB hub that hangs must not hold the
    /// run's scheduler for longer than this.
    /// </summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly string? _searchPath;
    private readonly TimeSpan _timeout;

    /// <summary>A runner looking tools up in <paramref name="searchPath"/> (PATH's syntax), or in PATH when null.</summary>
    public ToolRunner(string? searchPath = null, TimeSpan? timeout = null)
    {
        _searchPath = searchPath;
        _timeout = timeout ?? DefaultTimeout;
    }

    /// <summary>The folders tools are looked up in, in order.</summary>
    public string SearchPath => _searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "";

    /// <summary>Runs <paramref name="tool"/> with <paramref name="arguments"/> and waits for it (at most the time limit).</summary>
    public ToolResult Run(string tool, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        string command = string.Join(' ', [tool, .. arguments]);
        string? path = Find(tool);
        if (path == null)
        {
            return new ToolResult(command, ToolResult.NotRun, $"{tool} is not installed (not found on PATH)");
        }

        var info = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return new ToolResult(command, ToolResult.NotRun, $"{tool} cannot be started: {e.Message}");
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(_timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ToolResult(command, ToolResult.NotRun, $"{tool} did not finish within {_timeout.TotalSeconds} s and was killed");
        }

        // The parameterless wait lets the output handlers see the end of both streams.
        process.WaitForExit();
        lock (output)
        {
            return new ToolResult(command, process.ExitCode, output.ToString().Trim());
        }
    }

    /// <summary>The full path of <paramref name="tool"/> on the search path, or null.</summary>
    public string? Find(string tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        if (tool.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(tool) ? tool : null;
        }

        foreach (string folder in SearchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(folder, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line == null)
        {
            return;
        }

        lock (output)
        {
            if (output.Length < OutputCharsMax)
            {
                output.Append(line.AsSpan(0, Math.Min(line.Length, OutputCharsMax - output.Length))).Append('\n');
            }
        }
    }
}
