using System.Numerics;
using Generals.Harness.Checkers;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Explore;

/// <summary>
/// What a search covered and found. Every figure but <see cref="Elapsed"/> is the same for the same seed whatever the
/// workers: <see cref="Runs"/> and <see cref="ProtocolMessages"/> count the runs up to the first failing one in
/// configuration order, even if more ran at once.
/// </summary>
public sealed record ExploreResult(
    Scenario Scenario,
    TraitorBound Bound,
    BigInteger SpaceSize,
    bool Exhaustive,
    long Runs,
    long ProtocolMessages,
    TimeSpan Elapsed,
    ExploreWitness? Witness)
{
    /// <summary>True when the search covered the whole space.</summary>
    public bool Covered => Exhaustive && Witness == null;

    /// <summary>Runs per second of the search (shrinking included).</summary>
    public double RunsPerSecond => (Runs + (Witness?.ShrinkRuns ?? 0)) / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>
    /// 0 when the result is what the search expects (<see cref="TraitorBound"/>: a violation for `invalid`, none for
    /// `valid`), 1 when it is not, 2 when nothing is expected (`unknown`).
    /// </summary>
    public int ExitCode => Bound.Expected switch
    {
        Verdict.Unknown => ExitCodes.Unknown,
        _ => (Witness != null) == (Bound.Expected == Verdict.Invalid) ? ExitCodes.AsExpected : ExitCodes.NotAsExpected,
    };
}
