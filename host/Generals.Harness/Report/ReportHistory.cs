namespace Generals.Harness.Report;

/// <summary>A run folder's history.jsonl read back for the report: its lines, and how many could not be read.</summary>
public sealed class ReportHistory
{
    /// <summary>
    /// The most lines a report reads. A drawn line costs about 150 bytes of HTML, so ten million lines would make a page
    /// over a gigabyte that no browser opens; the rest is counted as left out, never silently lost.
    /// </summary>
    public const int LinesMax = 10_000_000;

    public ReportHistory(IReadOnlyList<ReportLine> lines, int unreadable, int leftOut)
    {
        Lines = lines;
        Unreadable = unreadable;
        LeftOut = leftOut;
    }

    public IReadOnlyList<ReportLine> Lines { get; }

    /// <summary>Lines that are not a JSON object with `t` and `type`: skipped and shown in the report.</summary>
    public int Unreadable { get; }

    /// <summary>Lines past <see cref="LinesMax"/>.</summary>
    public int LeftOut { get; }

    /// <summary>Reads history.jsonl line by line; an empty line is skipped, a bad one counted.</summary>
    public static ReportHistory Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new List<ReportLine>();
        int unreadable = 0;
        int leftOut = 0;
        string? text;
        while ((text = reader.ReadLine()) != null)
        {
            if (text.Length == 0)
            {
                continue;
            }

            if (lines.Count >= LinesMax)
            {
                leftOut++;
            }
            else if (ReportLine.TryParse(text, out ReportLine line))
            {
                lines.Add(line);
            }
            else
            {
                unreadable++;
            }
        }

        return new ReportHistory(lines, unreadable, leftOut);
    }
}
