using System.Diagnostics;

namespace Generals.Harness.Emu;

/// <summary>Harness time of an emulated run: wall-clock milliseconds since the run started.</summary>
public sealed class HarnessClock
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public long NowMs => (long)Stopwatch.GetElapsedTime(_start).TotalMilliseconds;
}
