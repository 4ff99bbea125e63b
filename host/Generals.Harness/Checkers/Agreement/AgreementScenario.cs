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
    public static IReadOnlySet<int> Forgers(Scenario scenario) => scenario.Workload
        .Where(w => w.Command == "set-traitor" && w.Args.Count > 0 && w.Args[0] == (long)TraitorStrategy.Forge)
        .Select(w => w.Node).ToHashSet();

    /// <summary>The traitors in force for a command at workload position <paramref name="index"/>, with their set-traitor arguments.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<long>> TraitorsBefore(Scenario scenario, int index) =>
        RolesBefore(scenario, index).Where(t => t.Value.Args.Count > 0 && t.Value.Args[0] != (long)TraitorStrategy.Loyal)
            .ToDictionary(t => t.Key, t => (IReadOnlyList<long>)t.Value.Args);

    /// <summary>
    /// Every (instance, general) in which the general plays forge: the role it had when the instance was started
    /// (its latest set-traitor before the start-instance entry), so a general that forges in one instance and is
    /// loyal in the next is judged a forger only in the first.
    /// </summary>
    public static IReadOnlyList<ForgerRole> ForgerRoles(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var roles = new List<ForgerRole>();
        var seen = new HashSet<(long Protocol, long Instance)>();
        for (int i = 0; i < scenario.Workload.Count; i++)
        {
            WorkloadSpec w = scenario.Workload[i];
            if (w.Command != "start-instance" || w.Args.Count < 7 || !seen.Add((w.Args[0], w.Args[1])))
            {
                continue;
            }

            foreach ((int general, WorkloadSpec role) in RolesBefore(scenario, i))
            {
                if (role.Args.Count > 0 && role.Args[0] == (long)TraitorStrategy.Forge)
                {
                    roles.Add(new ForgerRole(w.Args[1], general, role.AtMs, w.AtMs, role.Standing));
                }
            }
        }

        return roles;
    }

    /// <summary>Each general's latest set-traitor entry before workload position <paramref name="index"/> (by time, then position).</summary>
    private static Dictionary<int, WorkloadSpec> RolesBefore(Scenario scenario, int index)
    {
        WorkloadSpec at = scenario.Workload[index];
        var latest = new Dictionary<int, WorkloadSpec>();
        foreach ((WorkloadSpec w, int i) in scenario.Workload.Select((w, i) => (w, i))
            .Where(x => x.w.Command == "set-traitor" && (x.w.AtMs < at.AtMs || (x.w.AtMs == at.AtMs && x.i < index)))
            .OrderBy(x => x.w.AtMs).ThenBy(x => x.i))
        {
            latest[w.Node] = w;
        }

        return latest;
    }

    private static IEnumerable<AgreementInstance> All(Scenario scenario)
    {
        int[] generals = Enumerable.Range(1, scenario.Generals).ToArray();
        var seen = new HashSet<(long Protocol, long Instance)>();
        for (int i = 0; i < scenario.Workload.Count; i++)
        {
            WorkloadSpec w = scenario.Workload[i];
            if (w.Command != "start-instance" || w.Args.Count < 7 || !seen.Add((w.Args[0], w.Args[1])))
            {
                continue;
            }

            IReadOnlySet<int> traitors = TraitorsBefore(scenario, i).Keys.ToHashSet();
            yield return new AgreementInstance(w.Args[1], (int)w.Args[0], (int)w.Args[2], (int)w.Args[3], (int)w.Args[4],
                (int)w.Args[5], w.AtMs + w.Args[6], generals, traitors);
        }
    }
}
