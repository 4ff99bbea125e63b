namespace Generals.Harness.Checkers.Detection;

/// <summary>Why a mistake ended.</summary>
public enum MistakeEnd
{
    /// <summary>The monitor trusted the monitored General again.</summary>
    Trusted,

    /// <summary>The monitored General crashed: the suspicion became right.</summary>
    MonitoredCrashed,

    /// <summary>The monitor crashed: its output is gone.</summary>
    MonitorCrashed,

    /// <summary>Still wrong when the run ended.</summary>
    RunEnded,
}

/// <summary>
/// A wrongful suspicion (Chen, Toueg and Aguilera's S-transition while the monitored General was up or paused),
/// from its start until the monitor trusted again or the suspicion became moot.
/// </summary>
public sealed record Mistake(DetectorPair Pair, long StartMs, long EndMs, MistakeEnd End, NodeCondition MonitoredAtStart, long ReportedIncarnation)
{
    public long DurationMs => EndMs - StartMs;
}
