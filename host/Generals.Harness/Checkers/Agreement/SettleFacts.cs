using Generals.Core.Node;
using Generals.Harness.Plan;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// What a scenario's plan promises about the rest of a run, so that an agreement judge can call a violation final
/// before the run ends. A general the plan may crash can still be stopped for good later (and a stopped general owes
/// nothing, its decision then does not count), so its decisions settle nothing; an instance's round bound is final
/// once every start command the plan sends for it is in the history, which is known only when no restart can send a
/// standing start again. <see cref="None"/> promises nothing: nothing settles before the end.
/// </summary>
public sealed record SettleFacts(
    bool AnyMayCrash,
    IReadOnlySet<int> MayCrash,
    IReadOnlyDictionary<(long Protocol, long Instance), int>? StartCommands)
{
    /// <summary>Fault kinds that power a general off (it may stay down to the end).</summary>
    public static readonly IReadOnlySet<FaultKind> CrashKinds = new HashSet<FaultKind> { FaultKind.CrashStop, FaultKind.CrashRecovery, FaultKind.PowerCutAtWrite };

    /// <summary>Fault kinds after which the harness sends a general's standing commands again.</summary>
    public static readonly IReadOnlySet<FaultKind> RestartKinds = new HashSet<FaultKind> { FaultKind.CrashRecovery, FaultKind.PowerCutAtWrite };

    /// <summary>No promise: every general may crash, no bound is known final.</summary>
    public static SettleFacts None { get; } = new(true, new HashSet<int>(), null);

    /// <summary>What <paramref name="scenario"/>'s faults and workload promise.</summary>
    public static SettleFacts Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        FaultSpec[] crashes = scenario.Faults.Where(f => CrashKinds.Contains(f.Kind)).ToArray();
        bool restarts = scenario.Faults.Any(f => RestartKinds.Contains(f.Kind));
        var starts = new Dictionary<(long, long), int>();
        bool standingStart = false;
        foreach ((WorkloadSpec work, StartInstanceCommand start) in ControlCommands.InWorkload<StartInstanceCommand>(scenario))
        {
            standingStart |= work.Standing;
            (long, long) key = (start.Protocol, start.Instance);
            starts[key] = starts.GetValueOrDefault(key) + (work.Node == 0 ? scenario.Generals : 1);
        }

        return new SettleFacts(
            crashes.Any(f => f.Node == 0),
            crashes.Select(f => f.Node).ToHashSet(),
            restarts && standingStart ? null : starts);
    }

    /// <summary>True when the plan never crashes <paramref name="general"/>: it cannot be stopped later, its first decision stands.</summary>
    public bool Firm(int general) => !AnyMayCrash && !MayCrash.Contains(general);

    /// <summary>The start commands the plan sends for an instance, or -1 when a restart may send more.</summary>
    public int StartCommandsOf(AgreementInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return StartCommands == null ? -1 : StartCommands.GetValueOrDefault(((long)instance.Protocol, instance.Instance), -1);
    }
}
