using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Generals.Harness.Checkers;
using Generals.Harness.History;
using Generals.Harness.Report;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Runs;

/// <summary>
/// Writes the run folder of DESIGN 12: scenario.yaml as run, history.jsonl, results.json, junit.xml, one
/// log per general and report.html (<see cref="RunReport"/>); by default under store/&lt;scenario&gt;/&lt;UTC timestamp&gt;/ with a `latest` link beside it.
/// </summary>
public static class RunFolder
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The default folder for a new run of <paramref name="scenario"/> under <paramref name="storeRoot"/>.</summary>
    public static string DefaultPath(string storeRoot, string scenario, DateTime utcNow) =>
        Path.Combine(storeRoot, scenario, utcNow.ToString("yyyyMMdd'T'HHmmss.fff'Z'", CultureInfo.InvariantCulture));

    /// <summary>Writes every file of the run into <paramref name="folder"/>; points `latest` at it when asked (<see cref="LatestLink"/>).</summary>
    public static void Write(RunOutcome run, string folder, bool linkLatest)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "scenario.yaml"), ScenarioLoader.ToYaml(run.Scenario));
        using (FileStream history = File.Create(Path.Combine(folder, "history.jsonl")))
        {
            HistoryJson.Write(run.History, history);
        }

        File.WriteAllText(Path.Combine(folder, "results.json"), ResultsJson(run));
        File.WriteAllText(Path.Combine(folder, "junit.xml"), JUnit(run));
        WriteNodeLogs(run, Path.Combine(folder, "nodes"));
        RunReport.WriteInto(folder);
        if (linkLatest)
        {
            LatestLink.Write(folder);
        }
    }

    /// <summary>results.json: scenario, seed, verdict, expected, checks with figures and witnesses, counts.</summary>
    public static string ResultsJson(RunOutcome run)
    {
        var document = new Dictionary<string, object?>
        {
            ["scenario"] = run.Scenario.Name,
            ["seed"] = run.Seed,
            ["mode"] = run.Mode,
            ["verdict"] = run.Verdict.Name(),
            ["expected"] = run.Expected.Name(),
            ["matches_expectation"] = run.ExitCode == ExitCodes.AsExpected,
            ["exit_code"] = run.ExitCode,
            ["checks"] = run.Checks.Select(c => new Dictionary<string, object>
            {
                ["name"] = c.Name,
                ["verdict"] = c.Verdict.Name(),
                ["figures"] = c.Figures,
                ["witness"] = c.Witness,
            }).ToList(),
            ["counts"] = run.Counts,
            ["elapsed_ms"] = Math.Round(run.Elapsed.TotalMilliseconds, 1),
        };
        if (run.VerdictReason is { } reason)
        {
            document["reason"] = reason;
        }

        if (run.Tables.Count > 0)
        {
            document["tables"] = run.Tables.ToDictionary(t => t.Name, t => t.Rows);
        }

        if (run.Signature.Length > 0)
        {
            document["signature"] = run.Signature;
        }

        return JsonSerializer.Serialize(document, Json);
    }

    private static string JUnit(RunOutcome run)
    {
        // A run with an unplanned event judged nothing: its checks are skipped with the reason, never failures.
        string? reason = run.VerdictReason;
        var suite = new XElement("testsuite",
            new XAttribute("name", run.Scenario.Name),
            new XAttribute("tests", run.Checks.Count),
            new XAttribute("failures", reason != null ? 0 : run.Checks.Count(c => c.Verdict != Verdict.Valid && run.Expected == Verdict.Valid)),
            new XAttribute("time", run.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)));
        foreach (CheckResult check in run.Checks)
        {
            var testcase = new XElement("testcase", new XAttribute("classname", run.Scenario.Name), new XAttribute("name", check.Name));
            if (reason != null)
            {
                testcase.Add(new XElement("skipped", new XAttribute("message", $"run unknown: {reason}")));
            }
            else if (check.Verdict != Verdict.Valid)
            {
                testcase.Add(new XElement(check.Verdict == Verdict.Invalid ? "failure" : "skipped",
                    new XAttribute("message", $"{check.Verdict.Name()} (scenario expects {run.Expected.Name()})"),
                    string.Join("\n", check.Witness)));
            }

            suite.Add(testcase);
        }

        return new XDocument(new XElement("testsuites", suite)).ToString();
    }

    /// <summary>
    /// nodes/general-N.jsonl: the lines that concern general N (<see cref="HistoryTypes.GeneralsOf"/>): what it did or reported
    /// (its `general`), and every frame it sent or that was sent to it (`from` or `to`), in history order.
    /// </summary>
    private static void WriteNodeLogs(RunOutcome run, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (IGrouping<int, HistoryEvent> general in run.History
            .SelectMany(e => HistoryTypes.GeneralsOf(e).Select(id => (Id: id, Event: e)))
            .GroupBy(x => x.Id, x => x.Event).OrderBy(g => g.Key))
        {
            using FileStream log = File.Create(Path.Combine(folder, $"general-{general.Key}.jsonl"));
            HistoryJson.Write(general, log);
        }
    }
}
