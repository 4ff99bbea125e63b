using System.Diagnostics;

namespace Generals.Bench;

/// <summary>
/// The bench process's CPU (the harness: relay, nemesis, history), sampled every second on its own thread: the mean over the
/// run and the busiest one-second window, in cores (1.00 = one core all the time).
/// </summary>
public sealed class CpuSampler : IDisposable
{
    /// <summary>How often CPU time is read: the busiest-window figure is over this long.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>Samples kept: an hour of run at one a second bounds the list.</summary>
    private const int SamplesMax = 3600;

    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly List<double> _windows = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;

    private CpuSampler()
    {
        _thread = new Thread(Sample) { IsBackground = true, Name = "cpu-sampler" };
        _thread.Start();
    }

    public static CpuSampler Start() => new();

    /// <summary>Mean cores over the run, the busiest window's cores, and the run's seconds.</summary>
    public (double MeanCores, double PeakCores, double Seconds) Stop()
    {
        _stop.Cancel();
        _thread.Join();
        double seconds = _wall.Elapsed.TotalSeconds;
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart).TotalSeconds;
        return (cpu / seconds, _windows.Count == 0 ? cpu / seconds : _windows.Max(), seconds);
    }

    // Stops the sampler first: a run that threw never called Stop, and the thread must not read a disposed token.
    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _stop.Dispose();
    }

    private void Sample()
    {
        TimeSpan last = _cpuAtStart;
        double lastWall = 0;
        while (!_stop.Token.WaitHandle.WaitOne(Interval) && _windows.Count < SamplesMax)
        {
            TimeSpan now = Process.GetCurrentProcess().TotalProcessorTime;
            double wall = _wall.Elapsed.TotalSeconds;
            _windows.Add((now - last).TotalSeconds / (wall - lastWall));
            last = now;
            lastWall = wall;
        }
    }
}
