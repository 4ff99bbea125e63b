using System.Globalization;
using System.Text;

namespace Generals.Harness.Costs;

/// <summary>The text of a <see cref="CostReport"/>: one line per general, then the most one general spent in each round.</summary>
public static class CostTable
{
    /// <summary>The report as the CLI prints it.</summary>
    public static string Render(CostReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine(Invariant($"costs: {report.Scenario}, seed {report.Seed}, {report.Signature}"));
        if (report.Note.Length > 0)
        {
            text.AppendLine("  " + report.Note);
        }

        text.AppendLine(Invariant($"  board time: {report.CompressionMicroseconds:0.#} µs per SHA-256 compression (--compression-us; docs/costs.md)"));
        text.AppendLine(Invariant($"  {"general",-8} {"compressions",12} {"signed",7} {"verified",8} {"key used",15} {"Core alloc",11} {"frames",7} {"bytes",9} {"telemetry",10} {"board time",10}"));
        foreach (GeneralCosts g in report.Generals)
        {
            string key = g.KeyCapacity < 0 ? "-" : Invariant($"{g.KeyUsed:N0} of {g.KeyCapacity:N0}");
            text.AppendLine(Invariant($"  {g.Id,-8} {Row(report, g.Total, key)}"));
        }

        if (report.Rounds.Count == 0)
        {
            text.AppendLine("  no OM or SM rounds in this scenario: the figures above are the whole run");
            return text.ToString();
        }

        text.AppendLine("  per round, the most one general spent in it (a board's budget is per general):");
        text.AppendLine(Invariant($"  {"instance",-8} {"round",5} {"ms",11} {"compressions",12} {"signed",7} {"verified",8} {"Core alloc",11} {"frames",7} {"bytes",9} {"telemetry",10} {"board time",10}"));
        for (int r = 0; r < report.Rounds.Count; r++)
        {
            CostRound round = report.Rounds[r];
            var worst = new CostFigures();
            foreach (GeneralCosts g in report.Generals)
            {
                worst.Max(g.Rounds[r]);
            }

            text.AppendLine(Invariant($"  {round.Instance,-8} {round.Round,5} {$"{round.StartMs}-{round.EndMs}",11} {RoundRow(report, worst)}"));
        }

        var between = new CostFigures();
        foreach (GeneralCosts g in report.Generals)
        {
            between.Max(g.BetweenRounds);
        }

        text.AppendLine(Invariant($"  {"between rounds",-26} {RoundRow(report, between)}"));
        return text.ToString();
    }

    private static string Row(CostReport report, CostFigures f, string key) =>
        Invariant($"{f.Compressions,12:N0} {f.SignaturesMade,7:N0} {f.SignaturesVerified,8:N0} {key,15} {Bytes(f.AllocatedBytes),11} {f.FramesSent,7:N0} {Bytes(f.BytesSent),9} {Bytes(f.TelemetryBytes),10} {Time(report.BoardMs(f.Compressions)),10}");

    private static string RoundRow(CostReport report, CostFigures f) =>
        Invariant($"{f.Compressions,12:N0} {f.SignaturesMade,7:N0} {f.SignaturesVerified,8:N0} {Bytes(f.AllocatedBytes),11} {f.FramesSent,7:N0} {Bytes(f.BytesSent),9} {Bytes(f.TelemetryBytes),10} {Time(report.BoardMs(f.Compressions)),10}");

    private static string Bytes(long bytes) => bytes < 1024 ? Invariant($"{bytes} B") : Invariant($"{bytes / 1024.0:0.0} KB");

    private static string Time(double ms) => ms < 1000 ? Invariant($"{ms:0.#} ms") : Invariant($"{ms / 1000:0.0} s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
