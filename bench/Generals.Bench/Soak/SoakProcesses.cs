using System.Diagnostics;
using System.Globalization;

namespace Generals.Bench.Soak;

/// <summary>
/// The soak's processes as an outsider sees them: every live process whose command line names a folder, read from
/// /proc (Linux), the way a person looking for orphans would find them; and kill -9 of one of them.
/// </summary>
public static class SoakProcesses
{
    /// <summary>How often a wait looks again.</summary>
    private const int PollMs = 100;

    /// <summary>
    /// Live processes (not zombies) whose command line contains <paramref name="fragment"/>, with their command lines; never
    /// this process or one of its ancestors (a shell or `timeout` that started the soak names its folder too).
    /// </summary>
    public static Dictionary<int, string> Mentioning(string fragment)
    {
        var found = new Dictionary<int, string>();
        HashSet<int> ancestry = Ancestry();
        foreach (string entry in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)
                && !ancestry.Contains(pid) && CommandLine(pid) is { } line && line.Contains(fragment, StringComparison.Ordinal) && IsAlive(pid))
            {
                found[pid] = line;
            }
        }

        return found;
    }

    /// <summary>What <paramref name="find"/> still finds after waiting up to <paramref name="max"/> for it to find nothing.</summary>
    public static Dictionary<int, string> LeftAfter(Func<Dictionary<int, string>> find, TimeSpan max)
    {
        ArgumentNullException.ThrowIfNull(find);
        var clock = Stopwatch.StartNew();
        Dictionary<int, string> left = find();
        while (left.Count > 0 && clock.Elapsed < max)
        {
            Thread.Sleep(PollMs);
            left = find();
        }

        return left;
    }

    /// <summary>The `generals node` process running on <paramref name="dataFolder"/>, or null.</summary>
    public static int? General(string dataFolder)
    {
        foreach ((int pid, string line) in Mentioning("--data " + dataFolder + " "))
        {
            if (line.Contains(" node ", StringComparison.Ordinal))
            {
                return pid;
            }
        }

        return null;
    }

    /// <summary>kill -9 of one process (not its children); false when it was already gone.</summary>
    public static bool Kill(int pid)
    {
        try
        {
            using Process process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: false);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>True while the process exists and is not a zombie.</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            char state = stat[(stat.LastIndexOf(')') + 2)..][0];
            return state is not ('Z' or 'X');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>This process and its ancestors up to init (bounded: a process tree is not deeper than this).</summary>
    private static HashSet<int> Ancestry()
    {
        const int DepthMax = 64;
        var ancestry = new HashSet<int>();
        int pid = Environment.ProcessId;
        for (int depth = 0; depth < DepthMax && pid > 1 && ancestry.Add(pid); depth++)
        {
            try
            {
                string stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
                pid = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                break;
            }
        }

        return ancestry;
    }

    /// <summary>
    /// Every process with <paramref name="path"/> open (its /proc/PID/fd links), as "PID state command line": what holds a
    /// lock file, seen from outside, when the lock says it is held.
    /// </summary>
    public static List<string> Holding(string path)
    {
        string full = Path.GetFullPath(path);
        var found = new List<string>();
        foreach (string entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            {
                continue;
            }

            try
            {
                if (Directory.EnumerateFileSystemEntries(Path.Combine(entry, "fd")).Any(fd => new FileInfo(fd).LinkTarget == full))
                {
                    string stat = File.ReadAllText(Path.Combine(entry, "stat"));
                    found.Add($"{pid.ToString(CultureInfo.InvariantCulture)} {stat[(stat.LastIndexOf(')') + 2)..][0]} {CommandLine(pid)}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked, or is not ours to look at.
            }
        }

        return found;
    }

    private static string? CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/cmdline").Replace('\0', ' ').Trim() + " ";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
