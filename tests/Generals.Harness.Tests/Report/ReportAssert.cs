using System.Text.RegularExpressions;
using Generals.Harness.Report;

namespace Generals.Harness.Tests.Report;

/// <summary>What every run folder's report.html must hold against its history.jsonl (used by the sim and the emu tests).</summary>
public static partial class ReportAssert
{
    /// <summary>One arrow per deliver, one drop mark per drop, one decision mark per decide, one suspicion bar per suspect; every deliver paired with its send.</summary>
    public static void DrawsEveryFrameOfTheHistory(string folder)
    {
        string history = File.ReadAllText(Path.Combine(folder, "history.jsonl"));
        string html = File.ReadAllText(Path.Combine(folder, RunReport.FileName));
        Assert.Equal(Regex.Count(history, "\"type\":\"deliver\""), DeliverArrow().Count(html));
        Assert.Equal(Regex.Count(history, "\"type\":\"drop\""), Regex.Count(html, "<line class=\"drop\""));
        Assert.Equal(Regex.Count(history, "\"type\":\"decide\""), Regex.Count(html, "<line class=\"decide "));
        Assert.Equal(Regex.Count(history, "\"type\":\"suspect\""), Regex.Count(html, "<rect class=\"suspected"));
        Assert.DoesNotContain("deliver unpaired", html, StringComparison.Ordinal);
    }

    /// <summary>Nothing on the page is fetched: no src, href or CSS url() with a scheme or a protocol-relative address, no link or import, only the report's own inline script.</summary>
    public static void LoadsNothing(string folder)
    {
        string html = File.ReadAllText(Path.Combine(folder, RunReport.FileName));
        Assert.Empty(ExternalReference().Matches(html));
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
        Assert.Contains("<script>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<line class=\"deliver[ \"]")]
    private static partial Regex DeliverArrow();

    [GeneratedRegex("(src|href)\\s*=\\s*[\"']?\\s*([a-z]+:|//)|url\\(\\s*[\"']?\\s*([a-z]+:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
