using System.Diagnostics;
using Generals.Core.Runtime;

namespace Generals.Host.Node;

/// <summary>
/// Monotonic milliseconds since this process booted its general, slowed down <see cref="Scale"/> times when the harness
/// runs a plan slower than real time (docs/worlds.md, "Time per world"): at scale 10 a 100 ms round lasts one real second.
/// </summary>
public sealed class SystemClock : IClock
{
    private readonly long _start = Stopwatch.GetTimestamp();

    /// <summary>A clock that runs <paramref name="scale"/> times slower than real time (1: real time).</summary>
    public SystemClock(int scale = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        Scale = scale;
    }

    /// <summary>How many real milliseconds one millisecond of this clock lasts.</summary>
    public int Scale { get; }

    public long NowMs => (long)Stopwatch.GetElapsedTime(_start).TotalMilliseconds / Scale;

    /// <summary>The real milliseconds that <paramref name="clockMs"/> of this clock last.</summary>
    public int RealMs(int clockMs) => (int)Math.Min(int.MaxValue, (long)clockMs * Scale);
}
