using System.Diagnostics;

namespace Generals.Harness.Timing;

/// <summary>
/// Measures how late this machine runs a timed action: a thread asks to wake every millisecond and keeps the worst
/// overshoot, while the world does its own work (the emulated world runs it while its generals boot, the busiest moment
/// before a plan starts). A fact for <see cref="WorldTiming.JitterMs"/>, in real milliseconds.
/// </summary>
public sealed class JitterProbe : IDisposable
{
    /// <summary>The probe's own bound: it stops by itself after this long, whatever its owner does.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(2);

    private readonly Thread _thread;
    private volatile bool _stop;
    private long _worstTicks;

    private JitterProbe()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "jitter probe", Priority = ThreadPriority.Normal };
    }

    /// <summary>Starts probing now.</summary>
    public static JitterProbe Start()
    {
        var probe = new JitterProbe();
        probe._thread.Start();
        return probe;
    }

    /// <summary>Stops and returns the worst lateness seen, in whole milliseconds (rounded up).</summary>
    public long Stop()
    {
        _stop = true;
        _thread.Join();
        return (long)Math.Ceiling(TimeSpan.FromTicks(Interlocked.Read(ref _worstTicks)).TotalMilliseconds);
    }

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private void Run()
    {
        var total = Stopwatch.StartNew();
        while (!_stop && total.Elapsed < Longest)
        {
            long before = Stopwatch.GetTimestamp();
            Thread.Sleep(1);
            TimeSpan late = Stopwatch.GetElapsedTime(before) - TimeSpan.FromMilliseconds(1);
            if (late.Ticks > Interlocked.Read(ref _worstTicks))
            {
                Interlocked.Exchange(ref _worstTicks, late.Ticks);
            }
        }
    }
}
