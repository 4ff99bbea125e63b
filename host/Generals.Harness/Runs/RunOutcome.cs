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

    /// <summary>The merged verdict: invalid beats unknown beats valid; no checks at all is unknown.</summary>
    public Verdict Verdict
    {
        get
        {
            List<CheckResult> counted = Checks.Where(c => !Scenario.Informative.Contains(c.Name)).ToList();
            return counted.Count == 0 ? Verdict.Unknown : counted.Select(c => c.Verdict).Aggregate(Verdicts.Merge);
        }
    }

    public Verdict Expected => Verdicts.Parse(Scenario.Expected);

    /// <summary>0 when the verdict matches the expectation, 2 when it is unknown, 1 otherwise.</summary>
    public int ExitCode => Verdict == Expected ? 0 : Verdict == Verdict.Unknown ? 2 : 1;
}
