using System.Numerics;
using Generals.Harness.Checkers;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Explore;

/// <summary>What a search covered and found.</summary>
public sealed record ExploreResult(
    Scenario Scenario,
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

    /// <summary>0 when the result is what the scenario expects (a violation for `invalid`, none for `valid`), 1 otherwise.</summary>
    public int ExitCode => (Witness != null) == (Verdicts.Parse(Scenario.Expected) == Verdict.Invalid) ? 0 : 1;
}
