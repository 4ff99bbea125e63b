using Generals.Core.Wire;

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

    private static readonly string[] Distributions = ["constant", "uniform", "exponential", "normal", "pareto"];
    private static readonly string[] Models = ["synchronous", "partially-synchronous", "asynchronous"];
    private static readonly string[] FaultKinds = ["crash-stop", "crash-recovery", "pause", "power-cut-at-write", "broker-restart", "rogue"];

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
            if (f.Kind == "broker-restart" ? f.Node != 0 : f.Kind == "rogue" ? f.Node != 0 && !IsGeneral(s, f.Node) : !IsGeneral(s, f.Node))
            {
                Fail($"faults: node {f.Node} is not a general of the scenario (broker-restart takes node 0)");
            }

            if (!FaultKinds.Contains(f.Kind))
            {
                Fail($"faults: kind must be one of {string.Join(", ", FaultKinds)}, not '{f.Kind}'");
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
