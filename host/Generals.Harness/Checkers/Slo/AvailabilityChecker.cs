using System.Globalization;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.History;

namespace Generals.Harness.Checkers.Slo;

/// <summary>
/// An availability objective for the service the generals give (`slo-availability`): the share of agreement instances
/// served, where an instance is served when every loyal general the plan does not crash for good decided the loyal
/// commander's order within <paramref name="withinMs"/> of the instance's start, must be at least <paramref name="target"/>.
/// The witness names the worst window (the longest run of consecutive instances not served) and, when a broker outage
/// overlaps it, says so: the broker, through which every frame passes, is the kit's single point of failure.
/// Instances with a traitor commander are not counted (their "order" is not the service's).
/// </summary>
public sealed class AvailabilityChecker(IReadOnlyList<AgreementInstance> instances, double target, long withinMs) : IChecker
{
    public string Name => "slo-availability";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var tracker = new AgreementTracker(instances);
        foreach (HistoryEvent e in history)
        {
            tracker.Observe(e);
        }

        AgreementInstance[] counted = [.. instances.Where(i => !i.CommanderIsTraitor).OrderBy(i => i.StartMs)];
        if (counted.Length == 0 || !tracker.PlanStarted)
        {
            return CheckResult.Unknown(Name, "the workload starts no instance with a loyal commander: no service to measure");
        }

        var failures = new List<(AgreementInstance Instance, string Why)>();
        foreach (AgreementInstance instance in counted)
        {
            long startMs = tracker.PlanStartMs + instance.StartMs;
            IReadOnlyDictionary<int, HistoryEvent> decisions = tracker.FirstDecisions(instance);
            string? why = instance.Loyal.Where(g => !tracker.Down.Contains(g)).Select(g =>
                !decisions.TryGetValue(g, out HistoryEvent? d) ? $"general {g} never decided"
                : d.Value != instance.Order ? $"general {g} decided {AgreementHistory.Order(d.Value)}, not the order {AgreementHistory.Order(instance.Order)}"
                : d.TimeMs - startMs > withinMs ? $"general {g} decided after {d.TimeMs - startMs} ms"
                : null).FirstOrDefault(w => w != null);
            if (why != null)
            {
                failures.Add((instance, why));
            }
        }

        double availability = (counted.Length - failures.Count) / (double)counted.Length;
        var figures = new Dictionary<string, double>
        {
            ["instances"] = counted.Length, ["served"] = counted.Length - failures.Count, ["availability"] = Math.Round(availability, 4),
            ["target"] = target, ["within-ms"] = withinMs,
        };
        if (availability >= target)
        {
            return CheckResult.Valid(Name, figures);
        }

        return CheckResult.Invalid(Name, Witness(failures, counted, tracker.PlanStartMs, new ServiceWindows(history), availability), figures);
    }

    private List<string> Witness(List<(AgreementInstance Instance, string Why)> failures, AgreementInstance[] counted, long planStartMs, ServiceWindows windows, double availability)
    {
        // The worst window: the longest run of consecutive counted instances that were not served.
        HashSet<long> failed = [.. failures.Select(f => f.Instance.Instance)];
        (int From, int Length) worst = (0, 0);
        for (int i = 0, run = 0; i < counted.Length; i++)
        {
            run = failed.Contains(counted[i].Instance) ? run + 1 : 0;
            if (run > worst.Length)
            {
                worst = (i - run + 1, run);
            }
        }

        AgreementInstance first = counted[worst.From];
        AgreementInstance last = counted[worst.From + worst.Length - 1];
        long fromMs = planStartMs + first.StartMs;
        long untilMs = planStartMs + last.EndMs + withinMs;
        string share = availability.ToString("P1", CultureInfo.InvariantCulture);
        var witness = new List<string>();
        if (windows.BrokerDownDuring(fromMs, untilMs) is { } outage)
        {
            string until = outage.Until == long.MaxValue ? "the end of the run" : $"t={outage.Until}";
            witness.Add($"single point of failure: broker (down from t={outage.From} to {until}): instances {first.Instance}-{last.Instance} not served; availability {share}, target {target.ToString("P1", CultureInfo.InvariantCulture)}");
        }
        else
        {
            witness.Add($"availability {share}, below the target {target.ToString("P1", CultureInfo.InvariantCulture)}: worst window instances {first.Instance}-{last.Instance} (t={fromMs} to t={untilMs}) not served");
        }

        witness.AddRange(failures.Take(WitnessLinesMax).Select(f => $"instance {f.Instance.Instance} at t={planStartMs + f.Instance.StartMs}: {f.Why} (within {withinMs} ms)"));
        return witness;
    }

    /// <summary>Failed instances a witness lists: enough to see the pattern, short enough to read.</summary>
    private const int WitnessLinesMax = 8;
}
