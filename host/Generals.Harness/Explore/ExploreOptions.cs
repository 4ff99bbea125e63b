namespace Generals.Harness.Explore;

/// <summary>How far the explorer searches.</summary>
public sealed class ExploreOptions
{
    /// <summary>The largest budget accepted: about an hour of small simulations.</summary>
    public const int BudgetMax = 10_000_000;

    /// <summary>The most runs at once: far above the cores of a lab machine; each run holds one simulation's history.</summary>
    public const int WorkersMax = 64;

    /// <summary>Runs the search may make (shrinking the witness comes on top): the whole space when it fits, else a sample.</summary>
    public int Budget { get; init; } = 1000;

    /// <summary>Seeds the sample and every run's schedule (network delays); printed first so that a search replays.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Traitors in each configuration; null for the scenario's m (<see cref="TraitorSpace.DefaultTraitors"/>).</summary>
    public int? Traitors { get; init; }

    /// <summary>Runs made at once (1..<see cref="WorkersMax"/>); the result does not depend on it.</summary>
    public int Workers { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, WorkersMax);

    /// <summary>
    /// Ends each run (search and shrinking) at its first final violation (<see cref="Checkers.RunJudges"/>) instead of
    /// simulating it to the end: the same runs fail, so the same witness is found; the witness itself is run whole.
    /// </summary>
    public bool StopAtFirstViolation { get; init; } = true;

    /// <summary>Knobs of every simulated run of the search (`generals grade` plugs a student's parts in); null: the defaults.</summary>
    public Worlds.Sim.SimOptions? Sim { get; init; }

    /// <summary>Hears of progress: runs done so far, and the total planned (called in run order, on the caller's thread).</summary>
    public Action<long, long>? Progress { get; init; }
}
