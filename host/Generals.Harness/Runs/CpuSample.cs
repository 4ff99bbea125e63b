using System.Globalization;

namespace Generals.Harness.Runs;

/// <summary>
/// How many cores are busy right now, from two readings of Linux's /proc/stat a moment apart: what the demo sizes its
/// parallelism on. The one-minute load average lags: right after `dotnet run` has built the CLI it still counts the
/// finished build and would make an idle machine run the demo one scenario at a time.
/// </summary>
public static class CpuSample
{
    /// <summary>Where Linux keeps the counters.</summary>
    public const string StatFile = "/proc/stat";

    /// <summary>How long the demo samples: long enough for the kernel's 10 ms ticks to count, short beside a demo.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(400);

    /// <summary>Busy cores over the window on this machine, or null where /proc/stat does not exist or cannot be read.</summary>
    public static double? BusyCores()
    {
        try
        {
            if (!File.Exists(StatFile))
            {
                return null;
            }

            string before = File.ReadAllText(StatFile);
            Thread.Sleep(Window);
            return BusyCores(before, File.ReadAllText(StatFile), Environment.ProcessorCount);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Busy cores between two /proc/stat texts: the share of the aggregate `cpu` line's ticks that were neither idle nor
    /// iowait, times the cores; null when either text has no such line or no tick passed.
    /// </summary>
    public static double? BusyCores(string before, string after, int cores)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (Ticks(before) is not (long busy0, long total0) || Ticks(after) is not (long busy1, long total1) || total1 <= total0)
        {
            return null;
        }

        return cores * (double)Math.Max(0, busy1 - busy0) / (total1 - total0);
    }

    // The aggregate line: "cpu  user nice system idle iowait irq softirq steal guest guest_nice" (guest time is already in
    // user and nice, so only the first eight count).
    private static (long Busy, long Total)? Ticks(string stat)
    {
        string? line = stat.Split('\n').FirstOrDefault(l => l.StartsWith("cpu ", StringComparison.Ordinal));
        if (line == null)
        {
            return null;
        }

        string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = new long[Math.Min(fields.Length - 1, 8)];
        for (int i = 0; i < ticks.Length; i++)
        {
            if (!long.TryParse(fields[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out ticks[i]))
            {
                return null;
            }
        }

        if (ticks.Length < 5)
        {
            return null;
        }

        long total = ticks.Sum();
        return (total - ticks[3] - ticks[4], total);
    }
}
