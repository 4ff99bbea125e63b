using System.Diagnostics;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// Harness time of an emulated run: milliseconds since the run started (<see cref="Restart"/>), never negative, running
/// <see cref="Scale"/> times slower than real time when the run's plan needs it (the generals' clocks run at the same
/// scale: docs/worlds.md, "Time per world").
/// </summary>
public sealed class HarnessClock(int scale = 1)
{
    private long _start = Stopwatch.GetTimestamp();

    /// <summary>How many real milliseconds one millisecond of this clock lasts.</summary>
    public int Scale { get; } = scale >= 1 ? scale : throw new ArgumentOutOfRangeException(nameof(scale), scale, "a clock scale is at least 1");

    public long NowMs => (long)Stopwatch.GetElapsedTime(Interlocked.Read(ref _start)).TotalMilliseconds / Scale;

    /// <summary>The real time that <paramref name="clockMs"/> of this clock last (never negative).</summary>
    public TimeSpan Real(long clockMs) => TimeSpan.FromMilliseconds(Math.Max(0, clockMs) * (double)Scale);

    /// <summary>Time 0 is now: the run starts, before its broker and its generals.</summary>
    public void Restart() => Interlocked.Exchange(ref _start, Stopwatch.GetTimestamp());
}
