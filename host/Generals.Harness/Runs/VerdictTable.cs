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

        if (VoidedLine(run) is { } voided)
        {
            text.Append(voided).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"{"check",-28} {"verdict",-8} figures\n");
        foreach (CheckResult check in run.Checks)
        {
            text.Append(CultureInfo.InvariantCulture, $"{check.Name,-28} {check.Verdict.Name(),-8} {Figures(check)}\n");
            foreach (string line in check.Witness.Take(WitnessLinesShown))
            {
                text.Append("    witness: ").Append(line).Append('\n');
            }
        }

        text.Append(CultureInfo.InvariantCulture,
            $"verdict: {run.Verdict.Name()} (expected {run.Expected.Name()}: {Outcome(run)}) in {run.Elapsed.TotalSeconds:0.00} s\n");
        return text.ToString();
    }

    /// <summary>"as expected", "UNKNOWN" or "NOT AS EXPECTED", with the reason a run's verdict was voided.</summary>
    public static string Outcome(RunOutcome run)
    {
        ArgumentNullException.ThrowIfNull(run);
        string outcome = run.ExitCode switch
        {
            ExitCodes.AsExpected => "as expected",
            ExitCodes.Unknown => "UNKNOWN",
            _ => "NOT AS EXPECTED",
        };
        return run.VerdictReason is { } reason ? outcome + ": " + reason : outcome;
    }

    /// <summary>A check's figures as the table shows them: "name=value, ...", per-pair ones left to results.json when there are many.</summary>
    public static string Figures(CheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);

        // Per-pair figures ("2->3.T_D_ms") are many; the table shows the pooled ones, results.json has all.
        IEnumerable<KeyValuePair<string, double>> shown = check.Figures.Count > FiguresShownMax
            ? check.Figures.Where(f => !f.Key.Contains("->", StringComparison.Ordinal)).Take(FiguresShownMax)
            : check.Figures;
        return string.Join(", ", shown.Select(f => $"{f.Key}={Format(f.Value)}"));
    }

    /// <summary>The line that says why a run's verdict is unknown, or null when it was judged.</summary>
    public static string? VoidedLine(RunOutcome run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.VerdictReason is not { } voided)
        {
            return null;
        }

        string meaning = run.FirstUnplanned != null
            ? "the checks below judged what happened until then and count for nothing"
            : "the world broke the plan's timing model, so what the checks below find invalid is not the protocol's failure";
        return $"run unknown, {voided}: {meaning}";
    }

    private static string Format(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("0.###", CultureInfo.InvariantCulture);
}
