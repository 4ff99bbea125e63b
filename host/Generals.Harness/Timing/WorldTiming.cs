using System.Globalization;

namespace Generals.Harness.Timing;

/// <summary>
/// A world's timing facts, in real milliseconds: how long a general takes to be back after its power returns, how late a
/// timed action (a scheduled fault, a delivery, a general's tick) may run, and how fine its clock is; and the scale it runs
/// plans at (a plan's millisecond lasts <see cref="Scale"/> real ones, so a fact counts 1/<see cref="Scale"/> in plan time).
/// The simulator's facts are exact; the emulated world measures its own at start; a lab world is told them (nf.config).
/// </summary>
public sealed record WorldTiming(long RestartMs, long JitterMs, long ResolutionMs, int Scale, string Source)
{
    /// <summary>The simulator: a restart takes no time, nothing runs late, a clock of whole milliseconds.</summary>
    public static WorldTiming Exact { get; } = new(0, 0, 1, 1, "exact (virtual time)");

    /// <summary>A restart in plan milliseconds (rounded up).</summary>
    public long PlanRestartMs => InPlan(RestartMs);

    /// <summary>The jitter in plan milliseconds (rounded up).</summary>
    public long PlanJitterMs => InPlan(JitterMs);

    /// <summary>The same facts at another scale.</summary>
    public WorldTiming At(int scale) => this with { Scale = scale };

    /// <summary>"restart 600 ms, jitter 12 ms, clock 1 ms, 1x real time (measured at start)".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"restart {RestartMs} ms, jitter {JitterMs} ms, clock {ResolutionMs} ms, {(Scale == 1 ? "real time" : $"{Scale}x slower than real time")} ({Source})");

    private long InPlan(long realMs) => (realMs + Scale - 1) / Scale;
}
