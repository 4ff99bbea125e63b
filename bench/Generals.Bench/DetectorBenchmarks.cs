using BenchmarkDotNet.Attributes;
using Generals.Core.Detection;

namespace Generals.Bench;

/// <summary>
/// One heartbeat update plus one suspicion query per detector (the work a General does per heartbeat per peer),
/// and the memory one monitored peer costs: <see cref="ConstructOne"/> allocates exactly one detector's state.
/// </summary>
[MemoryDiagnoser]
public class DetectorBenchmarks
{
    private const long IntervalMs = 1000;

    private IFailureDetector _detector = null!;
    private long _nowMs;

    [Params(DetectorKind.FixedTimeout, DetectorKind.AdaptiveTimeout, DetectorKind.PhiAccrual)]
    public DetectorKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _detector = Create(Kind);
        _detector.Reset(0);

        // Fill phi's window so the benchmark runs on a full ring buffer, as in steady state.
        for (int i = 0; i < 2000; i++)
        {
            _nowMs += IntervalMs;
            _detector.Heartbeat(_nowMs);
        }
    }

    [Benchmark]
    public bool HeartbeatAndQuery()
    {
        // Alternate the interval slightly so phi's variance stays non-trivial.
        _nowMs += (_nowMs & 1) == 0 ? IntervalMs + 7 : IntervalMs - 7;
        _detector.Heartbeat(_nowMs);
        return _detector.Suspects(_nowMs + 500);
    }

    [Benchmark]
    public IFailureDetector ConstructOne() => Create(Kind);

    private static IFailureDetector Create(DetectorKind kind) => kind switch
    {
        DetectorKind.FixedTimeout => new FixedTimeoutDetector(3000),
        DetectorKind.AdaptiveTimeout => new AdaptiveTimeoutDetector(new AdaptiveTimeoutSettings(3000, IntervalMs, 64 * IntervalMs)),
        _ => new PhiAccrualDetector(PhiAccrualSettings.Akka),
    };
}
