using System.Globalization;
using System.Text;
using Generals.Harness.Checkers;

namespace Generals.Harness.Runs;

/// <summary>The plain-text verdict table printed after a run (plain so it reads the same in CI logs).</summary>
public static class VerdictTable
{
    /// <summary>Witness lines printed per failed check; results.json has them all.</summary>
    public const int WitnessLinesShown = 5;

    /// <summary>Figures printed per check before per-pair ones are left to results.json.</summary>
    public const int FiguresShownMax = 12;

    public static string Render(RunOutcome run)
    {
        var text = new StringBuilder();
        foreach (RunTable table in run.Tables)
        {
            text.Append(table.Name).Append('\n').Append(table.Text).Append('\n');
        }

        if (run.VerdictReason is { } voided)
        {
            string meaning = run.FirstUnplanned != null
                ? "the checks below judged what happened until then and count for nothing"
                : "the world broke the plan's timing model, so what the checks below find invalid is not the protocol's failure";
            text.Append(CultureInfo.InvariantCulture, $"run unknown, {voided}: {meaning}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{"check",-28} {"verdict",-8} figures\n");
        foreach (CheckResult check in run.Checks)
        {
            // Per-pair figures ("2->3.T_D_ms") are many; the table shows the pooled ones, results.json has all.
            IEnumerable<KeyValuePair<string, double>> shown = check.Figures.Count > FiguresShownMax
                ? check.Figures.Where(f => !f.Key.Contains("->", StringComparison.Ordinal)).Take(FiguresShownMax)
                : check.Figures;
            string figures = string.Join(", ", shown.Select(f => $"{f.Key}={Format(f.Value)}"));
            text.Append(CultureInfo.InvariantCulture, $"{check.Name,-28} {check.Verdict.Name(),-8} {figures}\n");
            foreach (string line in check.Witness.Take(WitnessLinesShown))
            {
                text.Append("    witness: ").Append(line).Append('\n');
            }
        }

        string outcome = run.ExitCode switch
        {
            ExitCodes.AsExpected => "as expected",
            ExitCodes.Unknown => "UNKNOWN",
            _ => "NOT AS EXPECTED",
        };
        if (run.VerdictReason is { } reason)
        {
            outcome += ": " + reason;
        }

        text.Append(CultureInfo.InvariantCulture,
            $"verdict: {run.Verdict.Name()} (expected {run.Expected.Name()}: {outcome}) in {run.Elapsed.TotalSeconds:0.00} s\n");
        return text.ToString();
    }

    private static string Format(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("0.###", CultureInfo.InvariantCulture);
}
