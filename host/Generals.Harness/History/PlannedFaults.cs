using Generals.Harness.Plan;
using Generals.Harness.Scenarios;

namespace Generals.Harness.History;

/// <summary>
/// The ground-truth lines of faults the network applies by the scenario's clock, at their plan times (ms after the `start`
/// line): each partition's start and end (its until_ms, or the heal at duration_ms), and in the simulator each broker
/// outage's down and up. A world writes each when its time comes.
/// </summary>
public static class PlannedFaults
{
    /// <summary>partition-start and partition-end of every partition that starts before the heal, in plan time.</summary>
    public static IEnumerable<HistoryEvent> Partitions(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        for (int i = 0; i < scenario.Partitions.Count; i++)
        {
            PartitionSpec p = scenario.Partitions[i];
            if (p.FromMs >= scenario.DurationMs)
            {
                continue;
            }

            bool oneWay = p.Groups.Count == 0;
            IReadOnlyList<IReadOnlyList<int>> groups = oneWay ? [p.From, p.To] : [.. p.Groups];
            var start = new HistoryEvent { TimeMs = p.FromMs, Type = HistoryType.PartitionStart, Partition = i, Groups = groups, OneWay = oneWay };
            yield return start;
            yield return start with { TimeMs = Math.Min(p.UntilMs, scenario.DurationMs), Type = HistoryType.PartitionEnd };
        }
    }

    /// <summary>broker-down and broker-up of every broker-restart fault, in plan time: the network loses every frame in between.</summary>
    public static IEnumerable<HistoryEvent> BrokerOutages(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        foreach (FaultSpec fault in scenario.Faults.Where(f => f.Kind == FaultKind.BrokerRestart && f.AtMs < scenario.DurationMs))
        {
            yield return new HistoryEvent { TimeMs = fault.AtMs, Type = HistoryType.BrokerDown, DurationMs = fault.DurationMs };
            yield return new HistoryEvent { TimeMs = Math.Min(fault.AtMs + fault.DurationMs, scenario.DurationMs), Type = HistoryType.BrokerUp };
        }
    }
}
