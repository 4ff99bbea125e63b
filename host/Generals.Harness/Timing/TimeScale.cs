namespace Generals.Harness.Timing;

/// <summary>How much slower than real time a world may run a plan (docs/worlds.md, "Time per world").</summary>
public static class TimeScale
{
    /// <summary>
    /// The slowest a world runs a plan: a 1.5 s scenario then lasts 75 s. A plan that would need more is refused rather than
    /// left to run for minutes.
    /// </summary>
    public const int Max = 50;
}
