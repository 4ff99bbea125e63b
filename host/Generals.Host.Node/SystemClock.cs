using System.Diagnostics;
using Generals.Core.Runtime;

namespace Generals.Host.Node;

/// <summary>Monotonic milliseconds since this process booted its general.</summary>
public sealed class SystemClock : IClock
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public long NowMs => (long)Stopwatch.GetElapsedTime(_start).TotalMilliseconds;
}
