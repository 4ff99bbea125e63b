using System.Globalization;
using Generals.Harness.Checkers;
using Generals.Harness.Runs;
using Spectre.Console;

namespace Generals.Cli;

/// <summary>
/// A run's verdict table on stdout: the run's own tables, one row per check (verdict, figures, up to
/// <see cref="VerdictTable.WitnessLinesShown"/> witness lines), then the `verdict:` line, coloured by <see cref="CliStyle"/>.
/// </summary>
public static class VerdictView
{
    public static void Write(CliConsole console, RunOutcome run)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        foreach (RunTable table in run.Tables)
        {
            console.Output.Write(table.Name + "\n" + table.Text + "\n");
        }

        if (VerdictTable.VoidedLine(run) is { } voided)
        {
            CliTable.WriteLine(console, (voided, CliStyle.OfExitCode(ExitCodes.Unknown)));
        }

        Table checks = CliTable.Create(console, "check", "verdict", "figures");
        foreach (CheckResult check in run.Checks)
        {
            checks.AddRow(new Text(check.Name), CliStyle.Cell(check.Verdict), new Text(VerdictTable.Figures(check)));
            foreach (string line in check.Witness.Take(VerdictTable.WitnessLinesShown))
            {
                checks.AddRow(new Text(""), new Text(""), new Text("witness: " + line));
            }
        }

        CliTable.Write(console, checks);
        string elapsed = string.Create(CultureInfo.InvariantCulture, $"{run.Elapsed.TotalSeconds:0.00}");
        CliTable.WriteLine(console,
            ("verdict: ", Style.Plain), (run.Verdict.Name(), CliStyle.Of(run.Verdict)), ($" (expected {run.Expected.Name()}: ", Style.Plain),
            (VerdictTable.Outcome(run), CliStyle.OfExitCode(run.ExitCode)), ($") in {elapsed} s", Style.Plain));
    }
}
