using System.Globalization;
using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Core.Wire;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.History;
using Generals.Harness.Plan;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Timing;

/// <summary>
/// The timing-model check: every place a run's world broke the plan's timing model, written into the history as ground
/// truth (`timing-break`), in every world: a loyal frame a loyal receiver took as late (it missed its round), a loyal
/// general that closed an instance in its last round but whose decision came after the termination bound (it ran late),
/// a general the plan restarts during an instance that was back only after the instance needed it, and a general whose
/// heartbeats stopped for longer than half its detector's slack. Generals the plan itself
/// crashes or pauses are left out: their lateness is the plan's. A run that would be invalid with a break in its history
/// is judged unknown (RunOutcome), never invalid for the protocol. The simulator keeps its model, so it never writes one.
/// </summary>
public static class TimingBreaks
{
    /// <summary>The history with a `timing-break` line at each break (the same list when there is none).</summary>
    public static IReadOnlyList<HistoryEvent> AddTo(Scenario scenario, IReadOnlyList<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(history);
        HistoryEvent? start = history.FirstOrDefault(e => e.Type == HistoryType.Start);
        if (start == null)
        {
            return history;
        }

        var breaks = new List<HistoryEvent>();
        breaks.AddRange(LateFrames(scenario, history));
        breaks.AddRange(LateRestarts(scenario, history, start.TimeMs));
        breaks.AddRange(LateDecisions(scenario, history, start.TimeMs));
        breaks.AddRange(LateHeartbeats(scenario, history, start.TimeMs));
        return HistoryMerge.Into(history, breaks);
    }

    private static IEnumerable<HistoryEvent> LateFrames(Scenario scenario, IReadOnlyList<HistoryEvent> history)
    {
        Dictionary<long, AgreementInstance> instances = AgreementScenario.Instances(scenario).ToDictionary(i => i.Instance);
        HashSet<int> faulted = Faulted(scenario);
        foreach (HistoryEvent e in history.Where(e => e.Type == HistoryType.Reject && e.Rejection == RejectReason.ProtocolViolation && e.Code == ProtocolViolation.Late))
        {
            if (instances.TryGetValue(e.Instance, out AgreementInstance? instance) && !instance.Traitors.Contains(e.From) && !instance.Traitors.Contains(e.General)
                && instance.Generals.Contains(e.From) && !faulted.Contains(e.From) && !faulted.Contains(e.General))
            {
                yield return Break(e.TimeMs, 0, e.General, $"loyal general {e.General} took loyal general {e.From}'s message of instance {e.Instance} as late: it missed its round");
            }
        }
    }

    // A loyal general that decided in the instance's last round, as the protocol says, but whose decision reached the
    // harness after the termination bound: the protocol closed on time by the general's own clock, and the world (a
    // general descheduled, its report held up) made it late.
    private static IEnumerable<HistoryEvent> LateDecisions(Scenario scenario, IReadOnlyList<HistoryEvent> history, long planStartMs)
    {
        long slackMs = CheckerCatalog.TerminationSlackMs(scenario);
        foreach (AgreementInstance instance in AgreementScenario.Instances(scenario))
        {
            long boundMs = instance.EndMs + slackMs;
            IEnumerable<HistoryEvent> firsts = history.Where(e => e.Type == HistoryType.Decide && e.Instance == instance.Instance).DistinctBy(e => e.General);
            foreach (HistoryEvent decision in firsts.Where(e => e.Round == instance.M && !instance.Traitors.Contains(e.General)))
            {
                long atMs = decision.TimeMs - planStartMs;
                if (atMs > boundMs && !DownDuring(scenario, decision.General, instance.EndMs - instance.RoundMs, atMs))
                {
                    yield return Break(decision.TimeMs, atMs - boundMs, decision.General, Text(
                        $"loyal general {decision.General} closed instance {instance.Instance} in its last round, as planned, but its decision came at {atMs} ms, after the bound {boundMs} ms: it ran late"));
                }
            }
        }
    }

    // A general whose heartbeats stopped for longer than half the detector's slack (from one heartbeat, or from the command
    // that started its detector, to the next): the plan's detector assumes heartbeats every interval (+ jitter), so a gap
    // like that is the world running the general late (or the harness that sees its frames). Gaps across a broker outage,
    // and gaps that overlap a time the general was crashed or paused (from its `crash` to its next `boot`, from `pause` to
    // `resume`, as the history has them) are left out; once the general is back and sending, its gaps are the world's again.
    private static IEnumerable<HistoryEvent> LateHeartbeats(Scenario scenario, IReadOnlyList<HistoryEvent> history, long planStartMs)
    {
        StartDetectorCommand? detector = ControlCommands.InWorkload<StartDetectorCommand>(scenario).Select(x => x.Command).FirstOrDefault();
        if (detector == null)
        {
            yield break;
        }

        long boundMs = HeartbeatGapMaxMs(detector);
        ILookup<int, (long From, long Until)> down = DownTimes(history);
        IReadOnlyList<(long From, long Until)> outages = BrokerOutages.Of(history);
        var last = new Dictionary<int, long>();
        foreach (HistoryEvent e in history)
        {
            if (e.Type == HistoryType.End)
            {
                // Silent up to the end of the run: a stall there has no next heartbeat to show it.
                foreach ((int silent, long lastMs) in last.Where(l => e.TimeMs - l.Value > boundMs && !outages.Any(o => o.From < e.TimeMs && o.Until > l.Value)
                    && !Overlaps(down, l.Key, l.Value, e.TimeMs)))
                {
                    yield return Break(e.TimeMs, e.TimeMs - lastMs, silent, Text(
                        $"general {silent} sent no heartbeat from {lastMs - planStartMs} ms to the end of the run at {e.TimeMs - planStartMs} ms, more than the {boundMs} ms its detector's plan allows (every {detector.HeartbeatIntervalMs} ms, timeout {detector.TimeoutMs} ms): it ran late"));
                }

                yield break;
            }

            int general = e.Type == HistoryType.Control && e.Command is StartDetectorCommand ? e.General
                : e.Type == HistoryType.Send && e.Kind == FrameKind.Heartbeat ? e.From
                : 0;
            if (general == 0)
            {
                continue;
            }

            if (last.TryGetValue(general, out long previousMs) && e.TimeMs - previousMs > boundMs
                && !outages.Any(o => o.From < e.TimeMs && o.Until > previousMs)
                && !Overlaps(down, general, previousMs, e.TimeMs))
            {
                yield return Break(e.TimeMs, e.TimeMs - previousMs, general, Text(
                    $"general {general} sent no heartbeat from {previousMs - planStartMs} ms to {e.TimeMs - planStartMs} ms, more than the {boundMs} ms its detector's plan allows (every {detector.HeartbeatIntervalMs} ms, timeout {detector.TimeoutMs} ms): it ran late"));
            }

            last[general] = e.TimeMs;
        }
    }

    // When each general was down, from the history's ground truth: a crash until its next boot, a pause until its resume
    // (or the end of the history).
    private static ILookup<int, (long From, long Until)> DownTimes(IReadOnlyList<HistoryEvent> history)
    {
        var times = new List<(int General, long From, long Until)>();
        var since = new Dictionary<int, long>();
        foreach (HistoryEvent e in history)
        {
            if (e.Type is HistoryType.Crash or HistoryType.Pause)
            {
                since.TryAdd(e.General, e.TimeMs);
            }
            else if (e.Type is HistoryType.Boot or HistoryType.Resume && since.Remove(e.General, out long fromMs))
            {
                times.Add((e.General, fromMs, e.TimeMs));
            }
        }

        times.AddRange(since.Select(s => (s.Key, s.Value, long.MaxValue)));
        return times.ToLookup(t => t.General, t => (t.From, t.Until));
    }

    private static bool Overlaps(ILookup<int, (long From, long Until)> down, int general, long fromMs, long untilMs) =>
        down[general].Any(d => d.From <= untilMs && d.Until >= fromMs);

    /// <summary>
    /// The longest heartbeat gap a detector's plan allows the world: the period (interval + jitter) plus half of what the
    /// timeout leaves beyond it; a detector without a timeout (phi accrual) learns the gaps it sees, so it allows half a
    /// period: a longer pause widens what it learned and delays every later detection.
    /// </summary>
    public static long HeartbeatGapMaxMs(StartDetectorCommand detector)
    {
        long periodMs = detector.HeartbeatIntervalMs + detector.JitterMs;
        return detector.TimeoutMs > periodMs ? periodMs + ((detector.TimeoutMs - periodMs) / 2) : periodMs + (periodMs / 2);
    }

    private static IEnumerable<HistoryEvent> LateRestarts(Scenario scenario, IReadOnlyList<HistoryEvent> history, long planStartMs)
    {
        foreach (TimingNeed need in PlanTiming.Needs(scenario).Where(n => n.Kind == TimingNeedKind.Restart))
        {
            // The restart the plan made at BackMs (the world writes it then, or a little later), and the boot that followed it.
            HistoryEvent? restart = history.FirstOrDefault(e => e.Type == HistoryType.Restart && e.General == need.General && e.TimeMs - planStartMs >= need.BackMs);
            HistoryEvent? boot = restart == null ? null
                : history.FirstOrDefault(e => e.Type == HistoryType.Boot && e.General == need.General && e.TimeMs >= restart.TimeMs);
            long? backMs = boot?.TimeMs - planStartMs;
            if (restart != null && (backMs == null || backMs > need.NeededMs))
            {
                string back = backMs is long ms ? $"was back at {ms} ms" : "never came back";
                yield return Break(planStartMs + need.NeededMs, need.NeededMs - need.BackMs, need.General, Text($"general {need.General}, restarted at {need.BackMs} ms, {back}; the plan needed it at {need.NeededMs} ms"));
            }
        }
    }

    // True when the plan has the general crashed or paused at some moment of [fromMs, untilMs] (plan time): lateness then is
    // the plan's, not the world's.
    private static bool DownDuring(Scenario scenario, int general, long fromMs, long untilMs) =>
        scenario.Faults.Any(f => f.Node == general && f.AtMs <= untilMs && f.Kind switch
        {
            FaultKind.CrashStop => true,
            FaultKind.CrashRecovery or FaultKind.PowerCutAtWrite => f.RestartAfterMs < 0 || f.AtMs + f.RestartAfterMs >= fromMs,
            FaultKind.Pause => f.AtMs + f.DurationMs >= fromMs,
            _ => false,
        });

    // Generals the plan itself crashes or pauses: their lateness is the plan's, not the world's.
    private static HashSet<int> Faulted(Scenario scenario) =>
        [.. scenario.Faults.Where(f => f.Kind is FaultKind.CrashStop or FaultKind.CrashRecovery or FaultKind.PowerCutAtWrite or FaultKind.Pause).Select(f => f.Node)];

    // A break lasting durationMs up to timeMs: the world ran the general late over [timeMs - durationMs, timeMs].
    private static HistoryEvent Break(long timeMs, long durationMs, int general, string detail) =>
        new() { TimeMs = timeMs, Type = HistoryType.TimingBreak, General = general, DurationMs = Math.Max(0, durationMs), Detail = detail };

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
