namespace Generals.Harness.Timing;

/// <summary>What a plan's timing asks of a world (docs/worlds.md, "Time per world").</summary>
public enum TimingNeedKind
{
    /// <summary>A restarted general must be back (booted, connected) within <see cref="TimingNeed.SlackMs"/> of its planned restart.</summary>
    Restart,

    /// <summary>A loyal frame must meet its round: the world's lateness, three times over (sender, network, receiver), must fit the round's slack.</summary>
    Round,
}

/// <summary>
/// One timing need of a plan: its kind, the slack the plan leaves (plan milliseconds), and where it comes from, in words;
/// for a restart, the general, when the plan restarts it and when the plan next needs it (plan milliseconds).
/// </summary>
public sealed record TimingNeed(TimingNeedKind Kind, long SlackMs, string What)
{
    /// <summary>The restarted general (restart needs).</summary>
    public int General { get; init; }

    /// <summary>When the plan restarts it (restart needs).</summary>
    public long BackMs { get; init; }

    /// <summary>When the plan next needs it: the restart's slack ends here (restart needs).</summary>
    public long NeededMs { get; init; }

    /// <summary>How many late actions a round's frame can meet on its way: the sender's tick, the network's delivery, the receiver's step.</summary>
    public const int LateActionsPerFrame = 3;

    /// <summary>
    /// How many times over a world's facts must fit a need's slack: the facts are measured at start, before the run's own
    /// load (every general busy at a round's edge), so the world may count on only half the slack.
    /// </summary>
    public const int Margin = 2;

    /// <summary>True when <paramref name="timing"/> honours this need with the margin.</summary>
    public bool Fits(WorldTiming timing) => Cost(timing) * Margin <= SlackMs;

    /// <summary>What the world spends of the slack, in plan milliseconds, with <paramref name="timing"/>.</summary>
    public long Cost(WorldTiming timing) => Kind == TimingNeedKind.Restart
        ? timing.PlanRestartMs + timing.PlanJitterMs
        : LateActionsPerFrame * timing.PlanJitterMs;

}
