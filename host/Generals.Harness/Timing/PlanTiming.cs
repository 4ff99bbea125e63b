using System.Globalization;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.Network;
using Generals.Harness.Plan;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Timing;

/// <summary>
/// What a plan's timing asks of a world, read from the plan alone: every synchronous round (OM, SM) must carry a loyal
/// frame within the round's length although the network may delay it up to its bound, and every general restarted during
/// an instance must be back before the instance next needs it. Asynchronous and partially synchronous plans, rounds
/// whose own delays already exceed them, and plans that count none of the checks resting on the round model (agreement
/// shown as informative only) ask nothing here: they make no promise a world could break.
/// </summary>
public static class PlanTiming
{
    /// <summary>The checks whose verdict rests on the synchronous round model.</summary>
    public static IReadOnlySet<string> RoundChecks { get; } = new HashSet<string> { "ic1", "ic2", "termination", "om-message-count", "slo-availability", "slo-decision-latency" };

    /// <summary>The plan's needs, in plan milliseconds.</summary>
    public static IReadOnlyList<TimingNeed> Needs(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        IReadOnlyList<AgreementInstance> instances = AgreementScenario.Instances(scenario);
        var needs = new List<TimingNeed>();
        bool counted = scenario.Checks.Any(c => RoundChecks.Contains(c) && !scenario.Informative.Contains(c));
        if (instances.Count == 0 || !counted || scenario.Timing.Model != TimingModel.Synchronous || MaxDelayMs(scenario) is not long delayMs)
        {
            return needs;
        }

        foreach (AgreementInstance instance in instances)
        {
            long slack = instance.RoundMs - delayMs;
            if (slack > 0)
            {
                needs.Add(new TimingNeed(TimingNeedKind.Round, slack, Text(
                    $"instance {instance.Instance} ({instance.ProtocolName}) has rounds of {instance.RoundMs} ms and delays up to {delayMs} ms: {slack} ms for the world")));
            }
        }

        foreach (FaultSpec fault in scenario.Faults.Where(f => f.Kind == FaultKind.CrashRecovery && f.RestartAfterMs >= 0))
        {
            long backMs = fault.AtMs + fault.RestartAfterMs;
            foreach (AgreementInstance instance in instances.Where(i => i.Generals.Contains(fault.Node) && i.StartMs <= backMs && backMs < i.EndMs))
            {
                // The first round that sends after the restart (or the decision at the end) is when the instance next needs it.
                long roundsBefore = (backMs - instance.StartMs + instance.RoundMs - 1) / instance.RoundMs;
                long neededMs = Math.Min(instance.StartMs + (roundsBefore * instance.RoundMs), instance.EndMs);
                needs.Add(new TimingNeed(TimingNeedKind.Restart, neededMs - backMs, Text(
                    $"general {fault.Node} restarts at {backMs} ms and instance {instance.Instance} needs it at {neededMs} ms: {neededMs - backMs} ms for the world"))
                {
                    General = fault.Node, BackMs = backMs, NeededMs = neededMs,
                });
            }
        }

        return needs;
    }

    /// <summary>The longest delay the plan's network gives a frame (with reordering), or null when its distribution has no bound.</summary>
    public static long? MaxDelayMs(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        DelaySpec delay = scenario.Network.Delay ?? LinkFaults.DefaultDelay;
        double maxMs = delay.Distribution == DelayDistributionKind.Constant ? delay.Ms : delay.MaxMs;
        if (double.IsInfinity(maxMs) || double.IsNaN(maxMs))
        {
            return null;
        }

        long reorderMs = scenario.Network.Reorder is > 0 ? scenario.Network.ReorderMs ?? 0 : 0;
        return (long)Math.Ceiling(maxMs) + reorderMs;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
