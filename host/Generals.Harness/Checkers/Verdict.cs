using Generals.Harness.Plan;

namespace Generals.Harness.Checkers;

/// <summary>A check's verdict. Merged as invalid &gt; unknown &gt; valid.</summary>
public enum Verdict
{
    Valid,
    Unknown,
    Invalid,
}

/// <summary>Verdict helpers.</summary>
public static class Verdicts
{
    /// <summary>The merge of two verdicts: invalid beats unknown beats valid.</summary>
    public static Verdict Merge(Verdict a, Verdict b) => (Verdict)Math.Max((int)a, (int)b);

    /// <summary>The lower-case name used in results.json and scenarios (<see cref="PlanNames"/>: a scenario's `expected` is a verdict).</summary>
    public static string Name(this Verdict verdict) => PlanNames.Of(verdict);
}
