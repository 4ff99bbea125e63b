using System.Diagnostics;

namespace Generals.Harness.Worlds.Emu;

/// <summary>Harness time of an emulated run: wall-clock milliseconds since the run started (<see cref="Restart"/>), never negative.</summary>
public sealed class HarnessClock
{
    private long _start = Stopwatch.GetTimestamp();

    public long NowMs => (long)Stopwatch.GetElapsedTime(Interlocked.Read(ref _start)).TotalMilliseconds;

    /// <summary>Time 0 is now: the run starts, before its broker and its generals.</summary>
    public void Restart() => Interlocked.Exchange(ref _start, Stopwatch.GetTimestamp());
}
