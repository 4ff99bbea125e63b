using System.Globalization;
using Generals.Harness.Checkers;
using Generals.Harness.Runs;
using Spectre.Console;

namespace Generals.Cli.Commands;

/// <summary>`generals demo`'s summary on stdout: one row per scenario (expected, verdict, ok or FAIL, what it demonstrates), then one line.</summary>
public static class DemoView
{
    public static void WriteTable(CliConsole console, IReadOnlyList<RunOutcome> runs)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(runs);
        console.Output.WriteLine();
        Table table = CliTable.Create(console, "scenario", "mode", "expected", "verdict", "", "demonstrates");
        foreach (RunOutcome run in runs)
        {
            bool ok = run.ExitCode == ExitCodes.AsExpected;
            table.AddRow(
                new Text(run.Scenario.Name), new Text(run.Mode), new Text(run.Expected.Name()), CliStyle.Cell(run.Verdict),
                new Text(ok ? "ok" : "FAIL", CliStyle.OfExitCode(run.ExitCode)), new Text(run.Scenario.Demonstrates));
        }

        CliTable.Write(console, table);
    }

    /// <summary>The last lines: whether every scenario behaved as the theory says, and where the JUnit file is.</summary>
    public static void WriteSummary(CliConsole console, IReadOnlyList<RunOutcome> runs, string root, string junit, TimeSpan elapsed, bool interrupted)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(runs);
        int failed = runs.Count(r => r.ExitCode != ExitCodes.AsExpected);
        console.Output.WriteLine();
        if (!interrupted)
        {
            CliTable.WriteLine(console, failed == 0
                ? (string.Create(CultureInfo.InvariantCulture, $"all {runs.Count} scenarios behaved as the theory says ({elapsed.TotalSeconds:0} s)"),
                    CliStyle.OfExitCode(ExitCodes.AsExpected))
                : ($"{failed} of {runs.Count} scenarios did NOT behave as expected; see {root}/<scenario>/results.json",
                    CliStyle.OfExitCode(ExitCodes.NotAsExpected)));
        }

        console.Output.WriteLine($"junit: {junit}");
    }

    /// <summary>
    /// "scenario time: 41.2 s ...": from the first scenario's start to the last verdict (no build, no run folders written),
    /// with how many ran at once and, where the OS tells it, the load average (emulated timing depends on it).
    /// </summary>
    public static void WriteScenarioTime(CliConsole console, TimeSpan scenarioTime, int parallel)
    {
        ArgumentNullException.ThrowIfNull(console);
        string load = LoadAverage() is { } average ? string.Create(CultureInfo.InvariantCulture, $"; load average {average:0.00}") : "";
        console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scenario time: {scenarioTime.TotalSeconds:0.0} s, from the first scenario's start to the last verdict ({parallel} at a time{load})"));
    }

    /// <summary>The one-minute load average on Linux (/proc/loadavg), else null.</summary>
    public static double? LoadAverage()
    {
        const string LoadFile = "/proc/loadavg";
        try
        {
            return File.Exists(LoadFile) && double.TryParse(File.ReadAllText(LoadFile).Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double load)
                ? load
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
