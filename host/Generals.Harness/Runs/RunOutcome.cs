using System.Globalization;
using Generals.Harness.Checkers;
using Generals.Harness.History;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Runs;

/// <summary>A finished run: its scenario, seed, history and the checkers' findings.</summary>
public sealed record RunOutcome(
    Scenario Scenario,
    ulong Seed,
    string Mode,
    IReadOnlyList<HistoryEvent> History,
    IReadOnlyList<CheckResult> Checks,
    IReadOnlyDictionary<string, long> Counts,
    TimeSpan Elapsed)
{
    /// <summary>The signature scheme that actually ran (scheme, parameters, where the keys came from); "" when not told.</summary>
    public string Signature { get; init; } = "";

    /// <summary>Tables the run produced besides its checks (a sweep's outcome table); most runs have none.</summary>
    public IReadOnlyList<RunTable> Tables { get; init; } = [];

    /// <summary>The first event of a type in <see cref="HistoryTypes.Unplanned"/> (a process died, the run was interrupted), or null.</summary>
    public HistoryEvent? FirstUnplanned => History.FirstOrDefault(e => HistoryTypes.Unplanned.Contains(e.Type));

    /// <summary>
    /// The timing break behind the checks' invalid verdict, or null when there is none or the verdict stands: every counted
    /// invalid check must be explained by a `timing-break` line. A check that names its violations is explained when each
    /// of them lies in a break's window (<see cref="Violation.ExplainedBy"/>); a check that names none, by any break. One
    /// violation clear of every break keeps the run invalid: the protocol failed where the world kept the plan's timing.
    /// </summary>
    public HistoryEvent? TimingBreakBehindInvalid
    {
        get
        {
            List<HistoryEvent> breaks = [.. History.Where(e => e.Type == HistoryType.TimingBreak)];
            if (breaks.Count == 0 || CheckedVerdict != Verdict.Invalid)
            {
                return null;
            }

            HistoryEvent? first = null;
            foreach (CheckResult check in Counted.Where(c => c.Verdict == Verdict.Invalid))
            {
                foreach (HistoryEvent? behind in check.Violations.Count == 0 ? [breaks[0]] : check.Violations.Select(v => breaks.FirstOrDefault(v.ExplainedBy)))
                {
                    if (behind == null)
                    {
                        return null;
                    }

                    first = first == null || behind.TimeMs < first.TimeMs ? behind : first;
                }
            }

            return first;
        }
    }

    /// <summary>
    /// The merged verdict: a run with an unplanned event is unknown whatever its checks say (it is never blamed on
    /// the protocol); otherwise invalid beats unknown beats valid, and no checks at all is unknown. An invalid verdict
    /// that the world's timing breaks explain (<see cref="TimingBreakBehindInvalid"/>) is unknown: the protocol was judged
    /// in a world that did not keep the model it was built for (docs/worlds.md, "Time per world").
    /// </summary>
    public Verdict Verdict
    {
        get
        {
            if (FirstUnplanned != null)
            {
                return Verdict.Unknown;
            }

            Verdict merged = CheckedVerdict;
            return merged == Verdict.Invalid && TimingBreakBehindInvalid != null ? Verdict.Unknown : merged;
        }
    }

    /// <summary>Why the verdict is unknown whatever the checks say ("interrupted (SIGTERM at 1200 ms)", "timing-break (...)"), or null.</summary>
    public string? VerdictReason => FirstUnplanned is { } e ? Reason(e)
        : TimingBreakBehindInvalid is { } late ? Reason(late)
        : null;

    // The checks that count (not informative ones).
    private IEnumerable<CheckResult> Counted => Checks.Where(c => !Scenario.Informative.Contains(c.Name));

    // The checks' merged verdict, before the unplanned and timing rules.
    private Verdict CheckedVerdict
    {
        get
        {
            List<CheckResult> counted = [.. Counted];
            return counted.Count == 0 ? Verdict.Unknown : counted.Select(c => c.Verdict).Aggregate(Verdicts.Merge);
        }
    }

    private static string Reason(HistoryEvent e) => string.Create(CultureInfo.InvariantCulture, $"{HistoryTypes.NameOf(e.Type)} ({Said(e)} at {e.TimeMs} ms)");

    public Verdict Expected => Scenario.Expected;

    // What an unplanned line says: its detail, or its fields when it has no detail (a failed boot).
    private static string Said(HistoryEvent e) => e.Detail.Length > 0 ? e.Detail : HistoryTypes.FieldsText(e);

    /// <summary>0 when the verdict matches the expectation, 2 when it is unknown or the run met an unplanned event, 1 otherwise.</summary>
    public int ExitCode =>
        FirstUnplanned != null ? ExitCodes.Unknown
        : Verdict == Expected ? ExitCodes.AsExpected
        : Verdict == Verdict.Unknown ? ExitCodes.Unknown
        : ExitCodes.NotAsExpected;
}
