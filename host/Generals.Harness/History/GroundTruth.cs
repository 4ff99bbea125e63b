namespace Generals.Harness.History;

/// <summary>The ground-truth lines a world writes for what it does physically to a general, the same shape in every world.</summary>
public static class GroundTruth
{
    /// <summary>A power cut (or kill -9) of <paramref name="general"/>; <paramref name="restartAfterMs"/> -1 when it stays down.</summary>
    public static HistoryEvent Crash(long timeMs, int general, string detail, long restartAfterMs) => new()
    {
        TimeMs = timeMs, Type = HistoryType.Crash, General = general, Detail = detail, RestartAfterMs = Math.Max(-1, restartAfterMs),
    };

    /// <summary><paramref name="general"/> is powered on again after a cut.</summary>
    public static HistoryEvent Restart(long timeMs, int general) => new() { TimeMs = timeMs, Type = HistoryType.Restart, General = general };
}
