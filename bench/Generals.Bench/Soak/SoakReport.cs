namespace Generals.Bench.Soak;

/// <summary>The soak's verdict: its counts, and every reason it failed (none: it passed).</summary>
public sealed class SoakReport(SoakCounts counts, IReadOnlyList<string> failures, string folder, TimeSpan elapsed)
{
    public SoakCounts Counts { get; } = counts;

    /// <summary>Why the soak failed, one line each: an index reused, an acknowledged message lost, a process left, ...</summary>
    public IReadOnlyList<string> Failures { get; } = failures;

    public bool Passed => Failures.Count == 0;

    /// <summary>The soak folder (deleted at the end unless kept).</summary>
    public string Folder { get; } = folder;

    public TimeSpan Elapsed { get; } = elapsed;

    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (string line in Counts.Lines())
        {
            output.WriteLine(line);
        }

        output.WriteLine(Passed ? $"soak passed in {Elapsed.TotalMinutes:0.0} min" : $"soak FAILED in {Elapsed.TotalMinutes:0.0} min:");
        foreach (string failure in Failures)
        {
            output.WriteLine("  " + failure);
        }
    }
}
