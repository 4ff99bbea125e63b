using Generals.Harness.Checkers.Agreement;
using Generals.Harness.History;

namespace Generals.Harness.Checkers.Slo;

/// <summary>
/// A latency objective (`slo-decision-latency`): the p50 and p99 of the time from an instance's start to each loyal
/// general's decision must be at most <paramref name="p50Ms"/> and <paramref name="p99Ms"/>. A loyal general that never
/// decided counts as infinitely slow. The witness lists the slowest decisions, naming a broker outage that overlaps them.
/// </summary>
public sealed class DecisionLatencyChecker(IReadOnlyList<AgreementInstance> instances, long p50Ms, long p99Ms) : IChecker
{
    /// <summary>Slow decisions a witness lists.</summary>
    private const int WitnessLinesMax = 5;

    public string Name => "slo-decision-latency";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var tracker = new AgreementTracker(instances);
        foreach (HistoryEvent e in history)
        {
            tracker.Observe(e);
        }

        var latencies = new List<(long Ms, AgreementInstance Instance, int General)>();
        foreach (AgreementInstance instance in instances)
        {
            long startMs = tracker.PlanStartMs + instance.StartMs;
            IReadOnlyDictionary<int, HistoryEvent> decisions = tracker.FirstDecisions(instance);
            foreach (int general in instance.Loyal.Where(g => !tracker.Down.Contains(g)))
            {
                latencies.Add((decisions.TryGetValue(general, out HistoryEvent? d) ? d.TimeMs - startMs : long.MaxValue, instance, general));
            }
        }

        if (latencies.Count == 0 || !tracker.PlanStarted)
        {
            return CheckResult.Unknown(Name, "the workload starts no instance: no decision latency to measure");
        }

        long[] sorted = [.. latencies.Select(l => l.Ms).Order()];
        long p50 = Percentile(sorted, 0.50);
        long p99 = Percentile(sorted, 0.99);
        var figures = new Dictionary<string, double>
        {
            ["decisions"] = sorted.Length, ["p50-ms"] = Figure(p50), ["p99-ms"] = Figure(p99), ["max-ms"] = Figure(sorted[^1]),
            ["p50-target-ms"] = p50Ms, ["p99-target-ms"] = p99Ms,
        };
        if (p50 <= p50Ms && p99 <= p99Ms)
        {
            return CheckResult.Valid(Name, figures);
        }

        var windows = new ServiceWindows(history);
        var witness = new List<string> { $"p50 {Text(p50)}, p99 {Text(p99)}: targets p50 <= {p50Ms} ms, p99 <= {p99Ms} ms" };
        foreach ((long ms, AgreementInstance instance, int general) in latencies.OrderByDescending(l => l.Ms).Take(WitnessLinesMax))
        {
            long startMs = tracker.PlanStartMs + instance.StartMs;
            string cause = windows.BrokerDownDuring(startMs, ms == long.MaxValue ? long.MaxValue : startMs + ms) is { } outage
                ? $" (single point of failure: broker down from t={outage.From})" : "";
            witness.Add($"instance {instance.Instance} at t={startMs}: general {general} {(ms == long.MaxValue ? "never decided" : $"decided after {ms} ms")}{cause}");
        }

        return CheckResult.Invalid(Name, witness, figures);
    }

    // Nearest rank: the smallest value with at least that share of values at or below it.
    private static long Percentile(long[] sorted, double share) => sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Length) - 1)];

    private static double Figure(long ms) => ms == long.MaxValue ? -1 : ms;

    private static string Text(long ms) => ms == long.MaxValue ? "never (a general did not decide)" : $"{ms} ms";
}
