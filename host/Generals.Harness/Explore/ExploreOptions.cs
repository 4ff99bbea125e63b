namespace Generals.Harness.Explore;

/// <summary>How far the explorer searches.</summary>
public sealed class ExploreOptions
{
    /// <summary>The largest budget accepted: about an hour of small simulations.</summary>
    public const int BudgetMax = 10_000_000;

    /// <summary>Runs the search may make (shrinking the witness comes on top): the whole space when it fits, else a sample.</summary>
    public int Budget { get; init; } = 1000;

    /// <summary>Seeds the sample and every run's schedule (network delays); printed first so that a search replays.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Hears of progress: runs done so far, and the total planned.</summary>
    public Action<long, long>? Progress { get; init; }
}
