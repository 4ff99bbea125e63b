namespace Generals.Harness.Checkers.Detection;

/// <summary>An interval [StartMs, EndMs) over which a pair's ground truth and the monitor's output were constant.</summary>
public readonly record struct PairSpan(long StartMs, long EndMs, NodeCondition Monitored, bool MonitorUp, bool Suspected)
{
    public long DurationMs => EndMs - StartMs;

    /// <summary>The monitor is up and the monitored General is not crashed: the time QoS is measured over.</summary>
    public bool Observed => MonitorUp && Monitored != NodeCondition.Crashed;

    /// <summary>The monitor is up and suspects.</summary>
    public bool Suspecting => MonitorUp && Suspected;
}
