using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// What the agreement checkers need, read from a scenario's workload without restating it: every
/// `start-instance` entry is an instance (StartMs = at_ms + its start delay; generals 1..n), and its traitors are
/// the generals whose latest `set-traitor` before it (by time, then by position in the workload, the order the
/// harness sends them) has a strategy other than loyal. A traitor that restarts is loyal again unless its
/// `set-traitor` is `standing`; the checkers do not model that, so scenarios keep restarted generals loyal.
/// </summary>
public static class AgreementScenario
{
    /// <summary>OM(m) and SM(m) instances, in workload order.</summary>
    public static IReadOnlyList<AgreementInstance> Instances(Scenario scenario) =>
        All(scenario).Where(i => i.Protocol != ProtocolCodes.TwoGenerals).ToList();

    /// <summary>Two Generals instances, in workload order (M holds the acknowledgements required, RoundMs the retry interval).</summary>
    public static IReadOnlyList<AgreementInstance> TwoGeneralsInstances(Scenario scenario) =>
        All(scenario).Where(i => i.Protocol == ProtocolCodes.TwoGenerals).ToList();

    /// <summary>
    /// Generals that are ever set to forge (SM: every chain they send is altered, so every one must be rejected).
    /// Replay is left out: with no earlier instance to replay, a replaying traitor sends honest messages.
    /// </summary>
    public static IReadOnlySet<int> Forgers(Scenario scenario) => ControlCommands.InWorkload<SetTraitorCommand>(scenario)
        .Where(w => w.Command.Strategy == (long)TraitorStrategy.Forge)
        .Select(w => w.Work.Node).ToHashSet();

    /// <summary>
    /// Every (instance, general) in which the general plays forge: the role it had when the instance was started
    /// (its latest set-traitor before the start-instance entry), so a general that forges in one instance and is
    /// loyal in the next is judged a forger only in the first.
    /// </summary>
    public static IReadOnlyList<ForgerRole> ForgerRoles(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var roles = new List<ForgerRole>();
        foreach ((int index, WorkloadSpec work, StartInstanceCommand start) in Starts(scenario))
        {
            foreach ((int general, (WorkloadSpec role, SetTraitorCommand traitor)) in RolesBefore(scenario, index))
            {
                if (traitor.Strategy == (long)TraitorStrategy.Forge)
                {
                    roles.Add(new ForgerRole(start.Instance, general, role.AtMs, work.AtMs, role.Standing));
                }
            }
        }

        return roles;
    }

    /// <summary>Each general's latest set-traitor entry before workload position <paramref name="index"/> (by time, then position).</summary>
    private static Dictionary<int, (WorkloadSpec Work, SetTraitorCommand Command)> RolesBefore(Scenario scenario, int index)
    {
        WorkloadSpec at = scenario.Workload[index];
        var latest = new Dictionary<int, (WorkloadSpec, SetTraitorCommand)>();
        foreach ((WorkloadSpec w, int i) in scenario.Workload.Select((w, i) => (w, i))
            .Where(x => x.w.Command == ControlType.SetTraitor && (x.w.AtMs < at.AtMs || (x.w.AtMs == at.AtMs && x.i < index)))
            .OrderBy(x => x.w.AtMs).ThenBy(x => x.i))
        {
            latest[w.Node] = (w, (SetTraitorCommand)ControlCommands.For(w));
        }

        return latest;
    }

    /// <summary>The first start-instance entry of each (protocol, instance), with its position and typed command.</summary>
    private static IEnumerable<(int Index, WorkloadSpec Work, StartInstanceCommand Start)> Starts(Scenario scenario)
    {
        var seen = new HashSet<(long Protocol, long Instance)>();
        for (int i = 0; i < scenario.Workload.Count; i++)
        {
            WorkloadSpec w = scenario.Workload[i];
            if (w.Command == ControlType.StartInstance && w.Args.Count >= 7 && ControlCommands.For(w) is StartInstanceCommand start && seen.Add((start.Protocol, start.Instance)))
            {
                yield return (i, w, start);
            }
        }
    }

    private static IEnumerable<AgreementInstance> All(Scenario scenario)
    {
        int[] generals = Enumerable.Range(1, scenario.Generals).ToArray();
        foreach ((int index, WorkloadSpec work, StartInstanceCommand start) in Starts(scenario))
        {
            IReadOnlySet<int> traitors = RolesBefore(scenario, index).Where(t => t.Value.Command.Strategy != (long)TraitorStrategy.Loyal)
                .Select(t => t.Key).ToHashSet();
            yield return new AgreementInstance(start.Instance, (int)start.Protocol, (int)start.Commander, (int)start.Order, (int)start.M,
                (int)start.RoundMs, work.AtMs + start.StartDelayMs, generals, traitors);
        }
    }
}
