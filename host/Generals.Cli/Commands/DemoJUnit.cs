using System.Globalization;
using System.Xml.Linq;
using Generals.Harness.Checkers;
using Generals.Harness.Runs;

namespace Generals.Cli.Commands;

/// <summary>
/// The demo's JUnit XML: one testsuite `generals demo`, one testcase per scenario, a failure when the verdict is not the
/// expected one, its text the witnesses of the checks that decided it (each run folder's junit.xml has the checks one by one).
/// </summary>
public static class DemoJUnit
{
    /// <summary>The file's name in the demo's folder when --junit does not say where.</summary>
    public const string FileName = "junit.xml";

    /// <summary>Witness lines per check in a failure's text; the run folder's results.json has them all.</summary>
    public const int WitnessLinesMax = 20;

    public static string Render(IReadOnlyList<RunOutcome> runs, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var suite = new XElement("testsuite",
            new XAttribute("name", "generals demo"),
            new XAttribute("tests", runs.Count),
            new XAttribute("failures", runs.Count(r => r.ExitCode != ExitCodes.AsExpected)),
            new XAttribute("errors", 0),
            new XAttribute("time", Seconds(elapsed)));
        foreach (RunOutcome run in runs)
        {
            var testcase = new XElement("testcase",
                new XAttribute("classname", "demo." + run.Mode),
                new XAttribute("name", run.Scenario.Name),
                new XAttribute("time", Seconds(run.Elapsed)));
            if (run.ExitCode != ExitCodes.AsExpected)
            {
                testcase.Add(new XElement("failure",
                    new XAttribute("message", $"verdict {run.Verdict.Name()}, expected {run.Expected.Name()}: {VerdictTable.Outcome(run)}"),
                    new XAttribute("type", run.ExitCode == ExitCodes.Unknown ? "unknown" : "not-as-expected"),
                    Witness(run)));
            }

            suite.Add(testcase);
        }

        return new XDocument(new XElement("testsuites", suite)).ToString();
    }

    /// <summary>Each check whose verdict is not the expected one, with its witness lines; when none has any (a violation
    /// that did not happen), what each check said.</summary>
    private static string Witness(RunOutcome run)
    {
        var lines = new List<string>();
        foreach (CheckResult check in run.Checks.Where(c => c.Verdict != run.Expected))
        {
            lines.Add($"{check.Name}: {check.Verdict.Name()} {VerdictTable.Figures(check)}".TrimEnd());
            lines.AddRange(check.Witness.Take(WitnessLinesMax).Select(w => "    witness: " + w));
        }

        return string.Join("\n", lines);
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
