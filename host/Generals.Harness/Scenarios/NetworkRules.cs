using Generals.Harness.Plan;

namespace Generals.Harness.Scenarios;

/// <summary>
/// The network's rules: fault knobs that are probabilities, delays whose distribution makes sense (normal with a
/// positive deviation, Pareto with a positive shape and scale, uniform between finite bounds), links and partitions
/// that name generals of the scenario and non-empty windows, and a timing model with GST inside the run.
/// </summary>
internal static class NetworkRules
{
    public static void Check(Scenario s, ProblemList p)
    {
        Network(s, s.Network, "network", p);
        for (int i = 0; i < s.Links.Count; i++)
        {
            LinkRule(s, s.Links[i], $"links[{i}]", p);
        }

        for (int i = 0; i < s.Partitions.Count; i++)
        {
            Partition(s, s.Partitions[i], $"partitions[{i}]", p);
        }

        Timing(s, p);
    }

    private static void Network(Scenario s, NetworkSpec n, string where, ProblemList p)
    {
        foreach ((string name, double? value) in new[]
        {
            ("loss", n.Loss), ("duplicate", n.Duplicate), ("reorder", n.Reorder), ("corrupt", n.Corrupt),
            ("spoof", n.Spoof), ("replay", n.Replay),
        })
        {
            if (value is double probability)
            {
                p.InRange($"{where}.{name}", probability, 0, 1, " (a probability)");
            }
        }

        if (n.ReorderMs is long reorderMs)
        {
            p.InRange($"{where}.reorder_ms", reorderMs, 0, ScenarioValidator.DurationMaxMs, " ms");
        }

        if (n.ReplayDelayMs is long replayMs)
        {
            p.InRange($"{where}.replay_delay_ms", replayMs, 0, ScenarioValidator.DurationMaxMs, " ms");
        }

        if (n.Spoof is > 0 && s.Generals < 2)
        {
            p.Add($"{where}.spoof", "spoofing rewrites the sender to another general: it needs at least 2 generals");
        }

        Delay(n.Delay, $"{where}.delay", p);
    }

    private static void LinkRule(Scenario s, LinkRuleSpec rule, string where, ProblemList p)
    {
        Network(s, rule, where, p);
        if (rule.From is int from && !ScenarioValidator.IsGeneral(s, from))
        {
            p.Add($"{where}.from", $"general {from} is not in the scenario (generals are 1..{s.Generals}; omit for any)");
        }

        if (rule.To is int to && !ScenarioValidator.IsGeneral(s, to))
        {
            p.Add($"{where}.to", $"general {to} is not in the scenario (generals are 1..{s.Generals}; omit for any)");
        }

        Window(rule.FromMs, rule.UntilMs, where, p);
    }

    private static void Partition(Scenario s, PartitionSpec partition, string where, ProblemList p)
    {
        bool oneWay = partition.From.Count > 0 || partition.To.Count > 0;
        if (partition.Groups.Count == 0 && !oneWay)
        {
            p.Add(where, "a partition needs `groups` (symmetric) or `from` and `to` (one-way)");
        }
        else if (partition.Groups.Count > 0 && oneWay)
        {
            p.Add(where, "a partition has either `groups` or `from`/`to`, not both");
        }
        else if (oneWay && (partition.From.Count == 0 || partition.To.Count == 0))
        {
            p.Add(where, "a one-way partition needs both `from` and `to`");
        }

        var seen = new HashSet<int>();
        for (int g = 0; g < partition.Groups.Count; g++)
        {
            for (int k = 0; k < partition.Groups[g].Count; k++)
            {
                int id = partition.Groups[g][k];
                if (!ScenarioValidator.IsGeneral(s, id))
                {
                    p.Add($"{where}.groups[{g}][{k}]", $"general {id} is not in the scenario (generals are 1..{s.Generals})");
                }
                else if (!seen.Add(id))
                {
                    p.Add($"{where}.groups[{g}][{k}]", $"general {id} is in two groups");
                }
            }
        }

        foreach ((string name, List<int> ids) in new[] { ("from", partition.From), ("to", partition.To) })
        {
            for (int k = 0; k < ids.Count; k++)
            {
                if (!ScenarioValidator.IsGeneral(s, ids[k]))
                {
                    p.Add($"{where}.{name}[{k}]", $"general {ids[k]} is not in the scenario (generals are 1..{s.Generals})");
                }
            }
        }

        Window(partition.FromMs, partition.UntilMs, where, p);
    }

    private static void Window(long fromMs, long untilMs, string where, ProblemList p)
    {
        if (fromMs < 0)
        {
            p.Add($"{where}.from_ms", $"{fromMs} ms is before the run starts: use 0 or later");
        }
        else if (untilMs <= fromMs)
        {
            p.Add($"{where}.until_ms", $"{untilMs} ms is not after from_ms ({fromMs} ms): the window would be empty");
        }
    }

    private static void Timing(Scenario s, ProblemList p)
    {
        p.InRange("timing.gst_ms", s.Timing.GstMs, 0, Math.Max(0, s.DurationMs), " ms (GST falls within duration_ms)");
        Delay(s.Timing.Unstable, "timing.unstable", p);
    }

    private static void Delay(DelaySpec? d, string where, ProblemList p)
    {
        if (d == null)
        {
            return;
        }

        bool finite = p.InRange($"{where}.ms", d.Ms, 0, ScenarioValidator.DurationMaxMs, " ms")
            & p.InRange($"{where}.min_ms", d.MinMs, 0, ScenarioValidator.DurationMaxMs, " ms")
            & p.InRange($"{where}.std_ms", d.StdMs, 0, ScenarioValidator.DurationMaxMs, " ms")
            & p.InRange($"{where}.shape", d.Shape, 0, 1000, string.Empty);
        if (double.IsNaN(d.MaxMs) || d.MaxMs < d.MinMs)
        {
            p.Add($"{where}.max_ms", $"{ProblemList.Show(d.MaxMs)} must be at least min_ms ({ProblemList.Show(d.MinMs)})");
            return;
        }

        if (!finite)
        {
            return;
        }

        switch (d.Distribution)
        {
            case DelayDistributionKind.Uniform when double.IsInfinity(d.MaxMs):
                p.Add($"{where}.max_ms", "a uniform delay needs a finite max_ms (it draws between min_ms and max_ms)");
                break;
            case DelayDistributionKind.Exponential when d.Ms <= 0:
                p.Add($"{where}.ms", "an exponential delay needs a mean ms above 0");
                break;
            case DelayDistributionKind.Normal when d.StdMs <= 0:
                p.Add($"{where}.std_ms", $"{ProblemList.Show(d.StdMs)}: a normal delay needs a standard deviation above 0 (use constant for none)");
                break;
            case DelayDistributionKind.Pareto when d.MinMs <= 0:
                p.Add($"{where}.min_ms", "a Pareto delay needs its scale min_ms above 0");
                break;
            case DelayDistributionKind.Pareto when d.Shape <= 0:
                p.Add($"{where}.shape", $"{ProblemList.Show(d.Shape)}: a Pareto delay needs a shape above 0");
                break;
        }
    }
}
