using Generals.Core.Crypto;
using Generals.Core.Wire;
using Generals.Harness.Runs;
using Generals.Harness.Network;
using Generals.Harness.Plan;

namespace Generals.Harness.Scenarios;

/// <summary>
/// Refuses scenarios the harness cannot run or the generals would refuse, listing every problem at once, each with
/// its YAML line and column (when the text is known) and the field, in plain words. Limits the generals enforce are
/// asked from Core (its constants and predicates), not copied here; the workload's rules are in <see cref="WorkloadRules"/>.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>
    /// The most generals a scenario may have: 10,000, the simulator's scale of issue 16 (a simulated general is an object in
    /// one process, so the bound is memory and time, not ids). Ids run 1..n, so never above what the wire carries
    /// (<see cref="FrameLimits.GeneralIdMax"/>, see <see cref="GeneralsAllowed"/>). The emulated and lab worlds refuse more
    /// generals than a kit's nf.config holds (<see cref="Generals.Core.Config.NfConfigParser.BoardsMax"/>) when they plan.
    /// </summary>
    public const int GeneralsMax = 10_000;

    /// <summary>The most generals this build runs: <see cref="GeneralsMax"/>, or fewer when general ids do not reach it.</summary>
    public static int GeneralsAllowed => Math.Min(GeneralsMax, FrameLimits.GeneralIdMax);

    /// <summary>
    /// The most generals an `lms` scenario may have: each general's key is made before the run (about a second for H10),
    /// so a large simulation would spend its time there; a kit's nf.config has no more boards than this anyway.
    /// </summary>
    public const int LmsGeneralsMax = Generals.Core.Config.NfConfigParser.BoardsMax;

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

    /// <summary>Brokers a scenario may ask for: one (embedded), or a bridged pair of mosquittos (docs/broker.md).</summary>
    public const int BrokersMax = 2;

    /// <summary>
    /// Hosts a scenario may spread its generals over: a namespace and a broker each, and every general lists every host's
    /// broker (its own first), so no more than a broker list holds (Core's <see cref="Generals.Core.Config.BrokerList.BrokersMax"/>; docs/hosts.md).
    /// </summary>
    public const int HostsMax = Generals.Core.Config.BrokerList.BrokersMax;

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
        NetworkRules.Check(s, p);
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

        p.InRange("generals", s.Generals, 1, GeneralsAllowed, " generals");
        if (s.Signature == SignatureChoice.Lms && s.Generals > LmsGeneralsMax)
        {
            p.Add("signature", $"lms makes a key for each of the {s.Generals} generals (about a second each) and no kit has more than {LmsGeneralsMax}: use ideal or ed25519 at this scale");
        }

        p.InRange("brokers", s.Brokers, 1, BrokersMax, " brokers");
        p.InRange("hosts", s.Hosts, 1, Math.Min(HostsMax, Math.Max(1, s.Generals)), " hosts (at most one per general)");
        p.InRange("duration_ms", s.DurationMs, 1, DurationMaxMs, " ms");
        p.InRange("settle_ms", s.SettleMs, 0, DurationMaxMs, " ms");
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

    private static void Fault(Scenario s, FaultSpec f, string where, ProblemList p)
    {
        bool nodeOk = f.Kind switch
        {
            FaultKind.BrokerRestart => f.Node == 0,
            FaultKind.Rogue or FaultKind.RogueTelemetry => f.Node == 0 || IsGeneral(s, f.Node),
            _ => IsGeneral(s, f.Node),
        };
        if (!nodeOk)
        {
            p.Add($"{where}.node", f.Kind == FaultKind.BrokerRestart
                ? "a broker restart takes node 0"
                : $"node {f.Node} is not a general of the scenario (generals are 1..{s.Generals}{(f.Kind is FaultKind.Rogue or FaultKind.RogueTelemetry ? "; 0 for every general" : string.Empty)})");
        }

        if (f.AtMs < 0 || f.AtMs >= s.DurationMs)
        {
            p.Add($"{where}.at_ms", $"{f.AtMs} ms is outside the run: a fault happens in 0..duration_ms - 1 ({s.DurationMs - 1}); after that the network heals");
        }

        switch (f.Kind)
        {
            case FaultKind.CrashRecovery or FaultKind.PowerCutAtWrite:
                p.InRange($"{where}.restart_after_ms", f.RestartAfterMs, 0, DurationMaxMs, " ms");
                if (f.Kind == FaultKind.PowerCutAtWrite)
                {
                    p.InRange($"{where}.within_writes", f.WithinWrites, 1, int.MaxValue, " store writes");
                    p.InRange($"{where}.deadline_ms", f.DeadlineMs, 1, DurationMaxMs, " ms");
                }

                break;
            case FaultKind.Pause or FaultKind.BrokerRestart:
                p.InRange($"{where}.duration_ms", f.DurationMs, 1, DurationMaxMs, " ms");
                break;
            case FaultKind.Rogue:
                p.InRange($"{where}.count", f.Count, 1, RogueCountMax, " frames of each sort");
                break;
            case FaultKind.RogueTelemetry:
                p.InRange($"{where}.count", f.Count, 1, RogueTelemetry.RoundsMax, " rounds of forgeries");
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

        if (s.Signature == SignatureChoice.Lms)
        {
            p.Add("signature", "a sweep runs thousands of short simulations and LMS keys are made for each (seconds per key): use ideal or ed25519");
        }

        if (s.Workload.Count > 0 || s.Faults.Count > 0 || s.Checks.Concat(s.Informative).Any(c => c != TwoGeneralsSweepCheck))
        {
            p.Add("sweep", $"the sweep makes its own workload; a sweep scenario has no workload or faults, and only the check {TwoGeneralsSweepCheck}");
        }
    }
}
