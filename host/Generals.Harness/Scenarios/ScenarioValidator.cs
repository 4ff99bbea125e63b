using Generals.Core.Crypto;
using Generals.Core.Wire;
using Generals.Harness.Runs;

namespace Generals.Harness.Scenarios;

/// <summary>
/// Refuses scenarios the harness cannot run or the generals would refuse, listing every problem at once, each with
/// its YAML line and column (when the text is known) and the field, in plain words. Limits the generals enforce are
/// asked from Core (its constants and predicates), not copied here; the workload's rules are in <see cref="WorkloadRules"/>.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>The most generals a scenario may have (ids are one byte; 250 keeps room for the harness).</summary>
    public const int GeneralsMax = 250;

    /// <summary>The longest run: a day of virtual time keeps every simulation bounded.</summary>
    public const long DurationMaxMs = 86_400_000;

    /// <summary>Scenario names are folder names and table rows: short, lower case.</summary>
    public const int NameMax = 64;

    /// <summary>The one check a sweep scenario has: it judges the outcome table, not one history.</summary>
    public const string TwoGeneralsSweepCheck = "two-generals-sweep";

    /// <summary>Instances one sweep may run (cells x runs per cell): about a minute of simulation at most.</summary>
    public const int SweepRunsMax = 100_000;

    /// <summary>Bad frames of each sort one rogue fault puts into an inbox: enough to show every rejection, bounded for the backlog.</summary>
    public const int RogueCountMax = 1000;

    private static readonly string[] Distributions = ["constant", "uniform", "exponential", "normal", "pareto"];
    private static readonly string[] Models = ["synchronous", "partially-synchronous", "asynchronous"];
    private static readonly string[] FaultKinds = ["crash-stop", "crash-recovery", "pause", "power-cut-at-write", "broker-restart", "rogue"];

    /// <summary>Validates a scenario built in code (no YAML positions).</summary>
    public static void Validate(Scenario s, string source) => Validate(s, source, ScenarioPositions.None);

    /// <summary>Validates; throws a <see cref="ScenarioException"/> listing every problem, placed by <paramref name="positions"/>.</summary>
    public static void Validate(Scenario s, string source, ScenarioPositions positions)
    {
        IReadOnlyList<ScenarioProblem> problems = Problems(s, positions);
        if (problems.Count > 0)
        {
            throw new ScenarioException(source, problems);
        }
    }

    /// <summary>Every problem of the scenario (empty when it can run).</summary>
    public static IReadOnlyList<ScenarioProblem> Problems(Scenario s, ScenarioPositions positions)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(positions);
        var p = new ProblemList(positions);
        Top(s, p);
        Link(s, p);
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
        for (int i = 0; i < s.Faults.Count; i++)
        {
            Fault(s, s.Faults[i], $"faults[{i}]", p);
        }

        WorkloadRules.Check(s, p);
        Checks(s, p);
        if (s.Sweep != null)
        {
            Sweep(s, s.Sweep, p);
        }
        else if (s.Checks.Concat(s.Informative).Contains(TwoGeneralsSweepCheck))
        {
            p.Add("checks", $"{TwoGeneralsSweepCheck} judges a sweep: the scenario needs a sweep section");
        }

        return p.All;
    }

    internal static bool IsGeneral(Scenario s, long id) => id >= 1 && id <= s.Generals;

    private static void Top(Scenario s, ProblemList p)
    {
        if (s.Name.Length is 0 or > NameMax || s.Name.Any(c => c > 127 || !KitName.IsValidByte((byte)c)))
        {
            p.Add("name", $"'{s.Name}' must be 1..{NameMax} of [a-z0-9-]");
        }

        if (!KitName.IsValid(s.Kit))
        {
            p.Add("kit", $"'{s.Kit}' must be 1..16 of [a-z0-9-]");
        }

        if (s.Expected is not ("valid" or "invalid" or "unknown"))
        {
            p.Add("expected", $"must be valid, invalid or unknown, not '{s.Expected}'");
        }

        p.InRange("generals", s.Generals, 1, GeneralsMax, " generals");
        p.InRange("duration_ms", s.DurationMs, 1, DurationMaxMs, " ms");
        p.InRange("settle_ms", s.SettleMs, 0, DurationMaxMs, " ms");
        if (s.Signature is not ("ideal" or "lms" or "ed25519"))
        {
            p.Add("signature", $"must be ideal, lms or ed25519, not '{s.Signature}'");
        }

        if (!LmsScheme.TryParseParameters(s.Lms, out _, out _))
        {
            p.Add("lms", $"'{s.Lms}' is not an LMS parameter set: use H5/W4, H10/W4 (the kit's default) or another Hh/Ww the kit supports");
        }
    }

    private static void Link(Scenario s, ProblemList p)
    {
        LinkStackSpec link = s.Link;
        if (p.InRange("link.retransmit_initial_ms", link.RetransmitInitialMs, 1, int.MaxValue, " ms"))
        {
            p.InRange("link.retransmit_max_ms", link.RetransmitMaxMs, link.RetransmitInitialMs, int.MaxValue, " ms (at least retransmit_initial_ms)");
        }

        if (link.Durable && !link.Reliable)
        {
            p.Add("link.durable", "durable send is a mode of the reliable link: add `reliable: true`");
        }
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
            p.InRange($"{where}.reorder_ms", reorderMs, 0, DurationMaxMs, " ms");
        }

        if (n.ReplayDelayMs is long replayMs)
        {
            p.InRange($"{where}.replay_delay_ms", replayMs, 0, DurationMaxMs, " ms");
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
        if (rule.From is int from && !IsGeneral(s, from))
        {
            p.Add($"{where}.from", $"general {from} is not in the scenario (generals are 1..{s.Generals}; omit for any)");
        }

        if (rule.To is int to && !IsGeneral(s, to))
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
                if (!IsGeneral(s, id))
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
                if (!IsGeneral(s, ids[k]))
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
        if (!Models.Contains(s.Timing.Model))
        {
            p.Add("timing.model", $"'{s.Timing.Model}' is not a timing model: use one of {string.Join(", ", Models)}");
        }

        p.InRange("timing.gst_ms", s.Timing.GstMs, 0, Math.Max(0, s.DurationMs), " ms (GST falls within duration_ms)");
        Delay(s.Timing.Unstable, "timing.unstable", p);
    }

    private static void Delay(DelaySpec? d, string where, ProblemList p)
    {
        if (d == null)
        {
            return;
        }

        if (!Distributions.Contains(d.Distribution))
        {
            p.Add($"{where}.distribution", $"'{d.Distribution}' is not a distribution: use one of {string.Join(", ", Distributions)}");
            return;
        }

        bool finite = p.InRange($"{where}.ms", d.Ms, 0, DurationMaxMs, " ms")
            & p.InRange($"{where}.min_ms", d.MinMs, 0, DurationMaxMs, " ms")
            & p.InRange($"{where}.std_ms", d.StdMs, 0, DurationMaxMs, " ms")
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
            case "uniform" when double.IsInfinity(d.MaxMs):
                p.Add($"{where}.max_ms", "a uniform delay needs a finite max_ms (it draws between min_ms and max_ms)");
                break;
            case "exponential" when d.Ms <= 0:
                p.Add($"{where}.ms", "an exponential delay needs a mean ms above 0");
                break;
            case "normal" when d.StdMs <= 0:
                p.Add($"{where}.std_ms", $"{ProblemList.Show(d.StdMs)}: a normal delay needs a standard deviation above 0 (use constant for none)");
                break;
            case "pareto" when d.MinMs <= 0:
                p.Add($"{where}.min_ms", "a Pareto delay needs its scale min_ms above 0");
                break;
            case "pareto" when d.Shape <= 0:
                p.Add($"{where}.shape", $"{ProblemList.Show(d.Shape)}: a Pareto delay needs a shape above 0");
                break;
        }
    }

    private static void Fault(Scenario s, FaultSpec f, string where, ProblemList p)
    {
        if (!FaultKinds.Contains(f.Kind))
        {
            p.Add($"{where}.kind", $"'{f.Kind}' is not a fault: use one of {string.Join(", ", FaultKinds)}");
            return;
        }

        bool nodeOk = f.Kind switch
        {
            "broker-restart" => f.Node == 0,
            "rogue" => f.Node == 0 || IsGeneral(s, f.Node),
            _ => IsGeneral(s, f.Node),
        };
        if (!nodeOk)
        {
            p.Add($"{where}.node", f.Kind == "broker-restart"
                ? "a broker restart takes node 0"
                : $"node {f.Node} is not a general of the scenario (generals are 1..{s.Generals}{(f.Kind == "rogue" ? "; 0 for every general" : string.Empty)})");
        }

        if (f.AtMs < 0 || f.AtMs >= s.DurationMs)
        {
            p.Add($"{where}.at_ms", $"{f.AtMs} ms is outside the run: a fault happens in 0..duration_ms - 1 ({s.DurationMs - 1}); after that the network heals");
        }

        switch (f.Kind)
        {
            case "crash-recovery" or "power-cut-at-write":
                p.InRange($"{where}.restart_after_ms", f.RestartAfterMs, 0, DurationMaxMs, " ms");
                if (f.Kind == "power-cut-at-write")
                {
                    p.InRange($"{where}.within_writes", f.WithinWrites, 1, int.MaxValue, " store writes");
                    p.InRange($"{where}.deadline_ms", f.DeadlineMs, 1, DurationMaxMs, " ms");
                }

                break;
            case "pause" or "broker-restart":
                p.InRange($"{where}.duration_ms", f.DurationMs, 1, DurationMaxMs, " ms");
                break;
            case "rogue":
                p.InRange($"{where}.count", f.Count, 1, RogueCountMax, " frames of each sort");
                break;
        }
    }

    private static void Checks(Scenario s, ProblemList p)
    {
        var known = CheckerCatalog.Names.Append(TwoGeneralsSweepCheck).ToHashSet(StringComparer.Ordinal);
        foreach ((string list, List<string> names) in new[] { ("checks", s.Checks), ("informative", s.Informative) })
        {
            for (int i = 0; i < names.Count; i++)
            {
                if (!known.Contains(names[i]))
                {
                    p.Add($"{list}[{i}]", $"'{names[i]}' is not a check (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
                }
            }
        }

        foreach ((string check, Dictionary<string, double> settings) in s.CheckSettings)
        {
            if (!known.Contains(check))
            {
                p.Add($"check_settings.{check}", $"'{check}' is not a check");
                continue;
            }

            foreach ((string key, double value) in settings)
            {
                p.InRange($"check_settings.{check}.{key}", value, 0, DurationMaxMs, string.Empty);
            }
        }
    }

    private static void Sweep(Scenario s, TwoGeneralsSweepSpec sweep, ProblemList p)
    {
        if (s.Generals != 2)
        {
            p.Add("generals", "a Two Generals sweep needs generals: 2");
        }

        if (sweep.Strategies.Count == 0 || sweep.LossPercent.Count == 0 || sweep.Messengers.Count == 0)
        {
            p.Add("sweep", "strategies, loss_percent and messengers must not be empty");
        }

        if (sweep.Strategies.Any(t => t.Name.Length == 0 || t.Acks < 0) || sweep.Strategies.Select(t => t.Name).Distinct().Count() != sweep.Strategies.Count)
        {
            p.Add("sweep.strategies", "every strategy needs a distinct name and acks >= 0");
        }

        if (sweep.LossPercent.Any(l => l is < 0 or > 100))
        {
            p.Add("sweep.loss_percent", "loss rates are percentages, 0..100");
        }

        if (sweep.Messengers.Any(m => m is < 1 or > Core.Protocols.TwoGenerals.MessengersMax))
        {
            p.Add("sweep.messengers", $"messengers must be 1..{Core.Protocols.TwoGenerals.MessengersMax} (the generals' limit)");
        }

        if (sweep.RunsPerCell < 1 || sweep.RetryMs < 1 || sweep.StartDelayMs < 0)
        {
            p.Add("sweep", "runs_per_cell and retry_ms must be >= 1, start_delay_ms >= 0");
        }

        if ((long)sweep.Strategies.Count * sweep.LossPercent.Count * sweep.Messengers.Count * sweep.RunsPerCell > SweepRunsMax)
        {
            p.Add("sweep", $"at most {SweepRunsMax} runs (strategies x loss rates x messengers x runs_per_cell)");
        }

        if (s.Signature == "lms")
        {
            p.Add("signature", "a sweep runs thousands of short simulations and LMS keys are made for each (seconds per key): use ideal or ed25519");
        }

        if (s.Workload.Count > 0 || s.Faults.Count > 0 || s.Checks.Concat(s.Informative).Any(c => c != TwoGeneralsSweepCheck))
        {
            p.Add("sweep", $"the sweep makes its own workload; a sweep scenario has no workload or faults, and only the check {TwoGeneralsSweepCheck}");
        }
    }
}
