namespace Generals.Harness.Checkers.Detection;

/// <summary>
/// One crash of the monitored General seen by one monitor: when it crashed, when it came back (or the run
/// ended), and when the monitor's final, permanent suspicion of this crash began (null: never).
/// </summary>
public sealed record CrashDetection(DetectorPair Pair, long CrashMs, long DownUntilMs, bool Restarted, long? PermanentSuspicionFromMs)
{
    /// <summary>Detection time T_D: crash to the start of the permanent suspicion (0 when already suspected), or null when undetected.</summary>
    public long? DetectionTimeMs => PermanentSuspicionFromMs is long fromMs ? Math.Max(0, fromMs - CrashMs) : null;
}
