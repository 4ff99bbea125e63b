using Generals.Harness.Runs;

namespace Generals.Harness.Explore;

/// <summary>
/// A violation the explorer found and shrank: the traitors and the seed, the run (whose scenario is the concrete
/// replayable one), and its round-by-round trace.
/// </summary>
public sealed record ExploreWitness(
    IReadOnlyList<TraitorChoice> Traitors,
    ulong Seed,
    RunOutcome Run,
    string Trace,
    long FoundAtRun,
    int ShrinkRuns);
