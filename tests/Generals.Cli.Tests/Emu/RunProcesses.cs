using System.Diagnostics;
using System.Globalization;
using System.Text;
using Generals.Harness.Worlds.Emu;

namespace Generals.Cli.Tests.Emu;

/// <summary>
/// The OS processes of one emulated run, found the way an outsider would: every process whose command line names
/// the run folder (the harness, its generals, mosquitto's supervisor and mosquitto), read from /proc.
/// </summary>
internal static class RunProcesses
{
    /// <summary>How often the waits below look again.</summary>
    private const int PollMs = 100;

    /// <summary>Live processes whose command line contains <paramref name="folder"/>, with their command lines.</summary>
    public static Dictionary<int, string> Of(string folder)
    {
        var found = new Dictionary<int, string>();
        foreach (string entry in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)
                && CommandLine(pid) is { } line && line.Contains(folder, StringComparison.Ordinal) && IsAlive(pid))
            {
                found[pid] = line;
            }
        }

        return found;
    }

    /// <summary>True while the process exists and is not a zombie (a dead child nobody has reaped yet).</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            char state = stat[(stat.LastIndexOf(')') + 2)..][0];
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The processes of <paramref name="pids"/> still alive after waiting up to <paramref name="max"/> for them to end.</summary>
    public static List<int> AliveAfter(IEnumerable<int> pids, TimeSpan max)
    {
        var clock = Stopwatch.StartNew();
        List<int> alive = [.. pids.Where(IsAlive)];
        while (alive.Count > 0 && clock.Elapsed < max)
        {
            Thread.Sleep(PollMs);
            alive = [.. alive.Where(IsAlive)];
        }

        return alive;
    }

    /// <summary>Waits until each of <paramref name="generals"/> generals wrote its first boot into its log; false after <paramref name="max"/>.</summary>
    public static bool WaitForBoot(string folder, int generals, TimeSpan max)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < max)
        {
            if (Enumerable.Range(1, generals).All(id => Log(folder, id).Contains("booted: incarnation 1", StringComparison.Ordinal)))
            {
                return true;
            }

            Thread.Sleep(PollMs);
        }

        return false;
    }

    /// <summary>The PID of general <paramref name="id"/> as its log's start banner gives it.</summary>
    public static int GeneralPid(string folder, int id)
    {
        string banner = Log(folder, id).Split('\n').First(l => l.StartsWith($"--- general {id}: pid ", StringComparison.Ordinal));
        return int.Parse(banner.Split(' ')[4].TrimEnd(':'), CultureInfo.InvariantCulture);
    }

    /// <summary>The mosquitto process (not its supervisor) of the run in <paramref name="folder"/>.</summary>
    public static int MosquittoPid(string folder) =>
        Of(folder).Single(p => p.Value.Split(' ')[0].EndsWith("/mosquitto", StringComparison.Ordinal)).Key;

    /// <summary>Sends a signal by name (TERM, INT, KILL) with kill(1).</summary>
    public static void Signal(int pid, string name)
    {
        using Process kill = Process.Start("kill", ["-s", name, pid.ToString(CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>
    /// Starts the real `generals` command as a child process (what a user's shell does). Through `env
    /// --default-signal=INT`, so that SIGINT reaches it even if the test runner was started with SIGINT ignored.
    /// </summary>
    public static Harness Start(params string[] arguments)
    {
        GeneralsLauncher launcher = GeneralsLauncher.Current(typeof(Generals.Cli.Program).Assembly.Location);
        var info = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[] { "--default-signal=INT", launcher.FileName }.Concat(launcher.PrefixArguments).Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new Harness(process, output);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line != null)
        {
            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }
    }

    private static string Log(string folder, int id)
    {
        string path = Path.Combine(folder, "nodes", $"general-{id}.log");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return new StreamReader(stream).ReadToEnd();
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static string? CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A `generals` process started by a test, with everything it printed.</summary>
    public sealed class Harness(Process process, StringBuilder output) : IDisposable
    {
        public int Pid => process.Id;

        public string Output
        {
            get
            {
                lock (output)
                {
                    return output.ToString();
                }
            }
        }

        /// <summary>Its exit code, or null when it is still running after <paramref name="max"/>.</summary>
        public int? ExitCode(TimeSpan max) => process.WaitForExit(max) ? ExitAfterOutput() : null;

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }

        private int ExitAfterOutput()
        {
            process.WaitForExit();
            return process.ExitCode;
        }
    }
}
