using Generals.Harness.History;

namespace Generals.Harness.Checkers;

/// <summary>
/// One violation a check found, as the timing-model rule needs it: the generals whose timing it rests on and the window
/// (history time) in which the world running one of them late could have caused it. A check that names its violations
/// stays invalid when one of them is clear of every timing break; a check that names none is judged by the coarse rule
/// (any break makes it unknown). See <see cref="Runs.RunOutcome.Verdict"/>.
/// </summary>
public sealed record Violation(long FromMs, long UntilMs, IReadOnlyList<int> Generals)
{
    /// <summary>True when a `timing-break` line (lasting its duration_ms up to its t) concerns one of the generals inside the window.</summary>
    public bool ExplainedBy(HistoryEvent timingBreak)
    {
        ArgumentNullException.ThrowIfNull(timingBreak);
        return Generals.Contains(timingBreak.General)
            && timingBreak.TimeMs >= FromMs
            && timingBreak.TimeMs - timingBreak.DurationMs <= UntilMs;
    }
}
