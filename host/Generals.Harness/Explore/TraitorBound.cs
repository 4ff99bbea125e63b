using Generals.Core.Protocols;
using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Explore;

/// <summary>
/// What a search with K traitors should find. With the scenario's own count (<see cref="TraitorSpace.DefaultTraitors"/>)
/// the scenario's `expected` says (<see cref="ByScenario"/>); with another count the lecture's bounds say, instance by
/// instance:
/// <list type="bullet">
/// <item>valid when fewer than two generals are loyal (no pair to disagree), or when the theorems promise agreement:
/// OM(m) against K &lt;= m traitors with n &gt;= 3m + 1 generals, SM(m) against K &lt;= m;</item>
/// <item>invalid when a violation exists for every protocol of this kind: K &gt; m (OM(m) and SM(m) decide after m + 1
/// rounds, and K traitors need K + 1, signed or not), or, for OM, n &lt;= 3K;</item>
/// <item>unknown in between (OM(m) with 3K &lt; n &lt;= 3m): the bounds say nothing, and the exit code says so.</item>
/// </list>
/// Any invalid instance makes the search expect invalid; else any unknown one, unknown.
/// </summary>
public sealed record TraitorBound(int Traitors, Verdict Expected, string Why, bool ByScenario)
{
    /// <summary>The expectation of a search of <paramref name="scenario"/> with <paramref name="traitors"/> traitors.</summary>
    public static TraitorBound For(Scenario scenario, IReadOnlyList<AgreementInstance> instances, int traitors)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(instances);
        if (traitors == TraitorSpace.DefaultTraitors([.. instances], scenario.Generals))
        {
            return new TraitorBound(traitors, scenario.Expected, $"{scenario.Name} expects {scenario.Expected.Name()}", ByScenario: true);
        }

        TraitorBound? unknown = null;
        foreach (AgreementInstance instance in instances)
        {
            TraitorBound judged = Judge(instance, traitors);
            if (judged.Expected == Verdict.Invalid)
            {
                return judged;
            }

            unknown ??= judged.Expected == Verdict.Unknown ? judged : null;
        }

        return unknown ?? new TraitorBound(traitors, Verdict.Valid, $"every instance tolerates {Count(traitors)}", ByScenario: false);
    }

    private static TraitorBound Judge(AgreementInstance instance, int traitors)
    {
        int n = instance.Generals.Count;
        bool oral = instance.Protocol == ProtocolCodes.OralMessages;
        string name = $"{(oral ? "OM" : "SM")}({instance.M}) in instance {instance.Instance} with {n} generals";
        if (n - traitors < 2)
        {
            return new TraitorBound(traitors, Verdict.Valid, $"{name} has fewer than two loyal generals against {Count(traitors)}", false);
        }

        if (traitors > instance.M)
        {
            return new TraitorBound(traitors, Verdict.Invalid,
                $"{name} does not tolerate {Count(traitors)}: {instance.M + 1} rounds, and {Count(traitors)} need {traitors + 1}", false);
        }

        if (oral && n <= 3 * traitors)
        {
            return new TraitorBound(traitors, Verdict.Invalid, $"{name} does not tolerate {Count(traitors)}: oral messages need n >= 3K + 1", false);
        }

        if (oral && n <= 3 * instance.M)
        {
            return new TraitorBound(traitors, Verdict.Unknown,
                $"{name} against {Count(traitors)}: the bounds promise agreement only when n >= 3m + 1 and rule it out only when n <= 3K", false);
        }

        return new TraitorBound(traitors, Verdict.Valid, $"{name} tolerates {Count(traitors)}", false);
    }

    private static string Count(int traitors) => traitors == 1 ? "1 traitor" : $"{traitors} traitors";
}
