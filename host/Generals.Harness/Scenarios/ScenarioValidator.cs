using Generals.Core.Protocols;
using Generals.Core.Wire;
using Generals.Harness.Nemesis;

namespace Generals.Harness.Scenarios;

/// <summary>Refuses scenarios the harness cannot run, with a message naming the field.</summary>
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

    private static readonly string[] Distributions = ["constant", "uniform", "exponential", "normal", "pareto"];
    private static readonly string[] Models = ["synchronous", "partially-synchronous", "asynchronous"];
    private static readonly string[] FaultKinds = ["crash-stop", "crash-recovery", "pause", "power-cut-at-write", "broker-restart", "rogue", "rogue-telemetry"];

    public static void Validate(Scenario s, string source)
    {
        void Fail(string what) => throw new ScenarioException($"{source}: {what}");

        if (s.Name.Length is 0 or > NameMax || s.Name.Any(c => !KitName.IsValidByte((byte)c) || c > 127))
        {
            Fail($"name '{s.Name}' must be 1..{NameMax} of [a-z0-9-]");
        }

        if (!KitName.IsValid(s.Kit))
        {
            Fail($"kit '{s.Kit}' must be 1..16 of [a-z0-9-]");
        }

        if (s.Expected is not ("valid" or "invalid" or "unknown"))
        {
            Fail($"expected must be valid, invalid or unknown, not '{s.Expected}'");
        }

        if (s.Generals < 1 || s.Generals > GeneralsMax)
        {
            Fail($"generals must be 1..{GeneralsMax}");
        }

        if (s.DurationMs <= 0 || s.DurationMs > DurationMaxMs)
        {
            Fail($"duration_ms must be 1..{DurationMaxMs}");
        }

        if (s.SettleMs < 0 || s.SettleMs > DurationMaxMs)
        {
            Fail($"settle_ms must be 0..{DurationMaxMs}");
        }

        if (s.Signature is not ("ideal" or "lms" or "ed25519"))
        {
            Fail($"signature must be ideal, lms or ed25519, not '{s.Signature}'");
        }

        ValidateNetwork(s.Network, "network", Fail);
        foreach (LinkRuleSpec rule in s.Links)
        {
            ValidateNetwork(rule, "links", Fail);
            if (rule.From is { } f && !IsGeneral(s, f) || rule.To is { } t && !IsGeneral(s, t))
            {
                Fail("links: from/to must be generals of the scenario");
            }
        }

        if (!Models.Contains(s.Timing.Model))
        {
            Fail($"timing.model must be one of {string.Join(", ", Models)}");
        }

        ValidateDelay(s.Timing.Unstable, "timing.unstable", Fail);
        foreach (PartitionSpec p in s.Partitions)
        {
            if (p.Groups.SelectMany(g => g).Concat(p.From).Concat(p.To).Any(id => !IsGeneral(s, id)))
            {
                Fail("partitions: every id must be a general of the scenario");
            }
        }

        foreach (FaultSpec f in s.Faults)
        {
            if (f.Kind == "broker-restart" ? f.Node != 0 : f.Kind is "rogue" or "rogue-telemetry" ? f.Node != 0 && !IsGeneral(s, f.Node) : !IsGeneral(s, f.Node))
            {
                Fail($"faults: node {f.Node} is not a general of the scenario (broker-restart takes node 0)");
            }

            if (!FaultKinds.Contains(f.Kind))
            {
                Fail($"faults: kind must be one of {string.Join(", ", FaultKinds)}, not '{f.Kind}'");
            }

            if (f.Kind == "rogue-telemetry" && f.Count is < 1 or > RogueTelemetry.RoundsMax)
            {
                Fail($"faults: a rogue-telemetry count must be 1..{RogueTelemetry.RoundsMax}, not {f.Count}");
            }
        }

        foreach (WorkloadSpec w in s.Workload)
        {
            if (w.Node != 0 && !IsGeneral(s, w.Node))
            {
                Fail($"workload: node {w.Node} is not a general of the scenario (0 means all)");
            }

            if (!ControlCommands.IsKnown(w.Command))
            {
                Fail($"workload: unknown command '{w.Command}'");
            }

            ValidateAgreementCommand(s, w, Fail);
        }

        if (s.Sweep != null)
        {
            ValidateSweep(s, s.Sweep, Fail);
        }
        else if (s.Checks.Concat(s.Informative).Contains(TwoGeneralsSweepCheck))
        {
            Fail($"checks: {TwoGeneralsSweepCheck} judges a sweep: the scenario needs a sweep section");
        }
    }

    private static void ValidateAgreementCommand(Scenario s, WorkloadSpec w, Action<string> fail)
    {
        if (w.Command == "start-instance")
        {
            // [protocol, instance, commander, order, m, roundMs, startDelayMs] (+ messengers for Two Generals)
            List<long> a = w.Args;
            if (a.Count < 7 || a[0] is < ProtocolCodes.TwoGenerals or > ProtocolCodes.SignedMessages || (a[0] == ProtocolCodes.TwoGenerals && a.Count < 8))
            {
                fail("workload: start-instance args are [protocol 1..3, instance, commander, order, m, round_ms, start_delay_ms] (Two Generals adds messengers)");
            }
            else if (a[1] < 1 || a[1] > uint.MaxValue || !IsGeneral(s, (int)Math.Clamp(a[2], 0, GeneralsMax + 1)) || a[3] is not (ProtocolCodes.Retreat or ProtocolCodes.Attack)
                || a[4] < 0 || a[5] < 1 || a[6] < 0)
            {
                fail($"workload: start-instance {string.Join(",", a)}: need instance >= 1, a commander among the generals, order 0 or 1, m >= 0, round_ms >= 1, start_delay_ms >= 0");
            }
        }
        else if (w.Command == "set-traitor")
        {
            // [strategy, parameter, planSeed]
            if (w.Args.Count != 3 || w.Args[0] is < (long)TraitorStrategy.Loyal or > (long)TraitorStrategy.Late || w.Node == 0)
            {
                fail("workload: set-traitor needs one node and args [strategy 0..7, parameter, plan_seed]");
            }
        }
    }

    private static void ValidateSweep(Scenario s, TwoGeneralsSweepSpec sweep, Action<string> fail)
    {
        if (s.Generals != 2)
        {
            fail("sweep: a Two Generals sweep needs generals: 2");
        }

        if (sweep.Strategies.Count == 0 || sweep.LossPercent.Count == 0 || sweep.Messengers.Count == 0)
        {
            fail("sweep: strategies, loss_percent and messengers must not be empty");
        }

        if (sweep.Strategies.Any(t => t.Name.Length == 0 || t.Acks < 0) || sweep.Strategies.Select(t => t.Name).Distinct().Count() != sweep.Strategies.Count)
        {
            fail("sweep: every strategy needs a distinct name and acks >= 0");
        }

        if (sweep.LossPercent.Any(l => l is < 0 or > 100) || sweep.Messengers.Any(m => m is < 1 or > TwoGenerals.MessengersMax))
        {
            fail($"sweep: loss_percent must be 0..100 and messengers 1..{TwoGenerals.MessengersMax}");
        }

        if (sweep.RunsPerCell < 1 || sweep.RetryMs < 1 || sweep.StartDelayMs < 0)
        {
            fail("sweep: runs_per_cell and retry_ms must be >= 1, start_delay_ms >= 0");
        }

        if ((long)sweep.Strategies.Count * sweep.LossPercent.Count * sweep.Messengers.Count * sweep.RunsPerCell > SweepRunsMax)
        {
            fail($"sweep: at most {SweepRunsMax} runs (strategies x loss rates x messengers x runs_per_cell)");
        }

        if (s.Workload.Count > 0 || s.Faults.Count > 0 || s.Checks.Concat(s.Informative).Any(c => c != TwoGeneralsSweepCheck))
        {
            fail($"sweep: the sweep makes its own workload; a sweep scenario has no workload or faults, and only the check {TwoGeneralsSweepCheck}");
        }
    }

    private static bool IsGeneral(Scenario s, int id) => id >= 1 && id <= s.Generals;

    private static void ValidateNetwork(NetworkSpec n, string where, Action<string> fail)
    {
        foreach ((string name, double? p) in new[]
        {
            ("loss", n.Loss), ("duplicate", n.Duplicate), ("reorder", n.Reorder), ("corrupt", n.Corrupt),
            ("spoof", n.Spoof), ("replay", n.Replay),
        })
        {
            if (p is < 0 or > 1)
            {
                fail($"{where}.{name} must be a probability in [0, 1]");
            }
        }

        ValidateDelay(n.Delay, where + ".delay", fail);
    }

    private static void ValidateDelay(DelaySpec? d, string where, Action<string> fail)
    {
        if (d == null)
        {
            return;
        }

        if (!Distributions.Contains(d.Distribution))
        {
            fail($"{where}.distribution must be one of {string.Join(", ", Distributions)}");
        }

        if (d.MinMs < 0 || d.MaxMs < d.MinMs || d.Ms < 0)
        {
            fail($"{where}: need 0 <= min_ms <= max_ms and ms >= 0");
        }
    }
}
