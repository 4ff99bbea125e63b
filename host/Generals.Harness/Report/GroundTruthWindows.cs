namespace Generals.Harness.Report;

/// <summary>
/// Pairs the ground-truth lines of a history into the windows the diagram shades: crash..restart and pause..resume per
/// general, partition-start..partition-end per partition, broker-down..broker-up. A window that never closes lasts to
/// the end of the run (a crash-stop).
/// </summary>
public static class GroundTruthWindows
{
    public static IReadOnlyList<ShadedWindow> Of(IReadOnlyList<ReportLine> lines, long endMs)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var windows = new List<ShadedWindow>();
        var open = new Dictionary<(string Kind, int Key), ReportLine>();
        foreach (ReportLine line in lines)
        {
            switch (line.Type)
            {
                case "crash": Open(open, windows, "crash", line.General, line); break;
                case "restart": Close(open, windows, "crash", line.General, line.TimeMs); break;
                case "pause": Open(open, windows, "pause", line.General, line); break;
                case "resume": Close(open, windows, "pause", line.General, line.TimeMs); break;
                case "partition-start": Open(open, windows, "partition", line.Partition, line); break;
                case "partition-end": Close(open, windows, "partition", line.Partition, line.TimeMs); break;
                case "broker-down": Open(open, windows, "broker-down", 0, line); break;
                case "broker-up": Close(open, windows, "broker-down", 0, line.TimeMs); break;
                default: break;
            }
        }

        foreach (((string kind, int key), ReportLine start) in open.OrderBy(o => o.Value.TimeMs))
        {
            windows.Add(Window(kind, key, start, Math.Max(endMs, start.TimeMs)));
        }

        return windows;
    }

    private static void Open(Dictionary<(string, int), ReportLine> open, List<ShadedWindow> windows, string kind, int key, ReportLine line)
    {
        // A second start before the end (a history that repeats one) closes the first where the second begins.
        if (open.Remove((kind, key), out ReportLine? earlier))
        {
            windows.Add(Window(kind, key, earlier, line.TimeMs));
        }

        open[(kind, key)] = line;
    }

    private static void Close(Dictionary<(string, int), ReportLine> open, List<ShadedWindow> windows, string kind, int key, long timeMs)
    {
        if (open.Remove((kind, key), out ReportLine? start))
        {
            windows.Add(Window(kind, key, start, timeMs));
        }
    }

    private static ShadedWindow Window(string kind, int key, ReportLine start, long untilMs)
    {
        // Partitions and broker outages cover every general's row; crashes and pauses only their general's.
        int general = kind is "crash" or "pause" ? key : 0;
        return new ShadedWindow(kind, general, start.TimeMs, untilMs, $"{kind} {start.TimeMs}..{untilMs} ms: {start.Text}");
    }
}
