using System.Diagnostics;
using Generals.Harness.Report;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Bench;

/// <summary>
/// Timed harness for report.html on a big history: fd-partial-sync-fixed stretched until its sim history holds at least
/// the asked number of lines, written as a run folder, then its report rendered again (best of a few) with the time and size.
/// Run: dotnet run -c Release --project bench/Generals.Bench -- report [lines] [folder]; with a folder the run folder (and
/// its report.html, to open in a browser) is kept there, else it is written to a temporary folder and deleted.
/// </summary>
public static class ReportRender
{
    /// <summary>Renders timed after one warm-up: enough for a best-of figure, few enough for a minute's bench.</summary>
    private const int Rounds = 3;

    /// <summary>Runs of the scenario, each longer, until the history is as big as asked.</summary>
    private const int StretchAttemptsMax = 4;

    public static void Run(TextWriter output, int linesWanted, string? keepIn = null)
    {
        Scenario scenario = ScenarioLoader.Load("fd-partial-sync-fixed");
        string folder = keepIn ?? Directory.CreateTempSubdirectory("generals-report-bench-").FullName;
        try
        {
            // Stretch the run by the ratio still missing; the lines per simulated second barely change, so a few tries do.
            long lines = 0;
            for (int attempt = 0; attempt < StretchAttemptsMax && lines < linesWanted; attempt++)
            {
                scenario.DurationMs = lines == 0 ? scenario.DurationMs : (long)(scenario.DurationMs * 1.05 * linesWanted / lines);
                RunFolder.Write(ScenarioRunner.RunSim(scenario, 1), folder, linkLatest: false);
                lines = File.ReadLines(Path.Combine(folder, "history.jsonl")).LongCount();
            }

            double best = double.MaxValue;
            long allocated = 0;
            for (int round = 0; round <= Rounds; round++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                RunReport.WriteInto(folder);
                clock.Stop();
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                best = round == 0 ? best : Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }

            long bytes = new FileInfo(Path.Combine(folder, RunReport.FileName)).Length;
            output.WriteLine($"report.html of {lines:N0} history lines ({scenario.Name}, {scenario.DurationMs / 1000} s simulated, seed 1): "
                + $"best of {Rounds} {best:N0} ms to read history.jsonl and write the page, {bytes / 1e6:N1} MB, {allocated / 1e6:N0} MB allocated");
        }
        finally
        {
            if (keepIn == null)
            {
                Directory.Delete(folder, recursive: true);
            }
            else
            {
                output.WriteLine($"kept: {Path.Combine(folder, RunReport.FileName)}");
            }
        }
    }
}
