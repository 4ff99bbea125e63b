using System.Text;
using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.Inspect;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Explore;

/// <summary>
/// Shrinks a failing configuration to a witness, one run at a time: the scenario's own seed if it fails there too,
/// then as few instances and traitors, and as few ATTACK choices in each traitor's plan, as still fail. A sampled plan
/// is first narrowed to the shortest window of slots that still fails (each end by bisection), and once that window
/// spans at most <see cref="TraitorBehaviour.PlanDigits"/> slots it is spelt out as an enumerated plan from the
/// window's first slot. At the end, removing any one instance or traitor, or turning any one ATTACK choice of an
/// enumerated plan into RETREAT, makes the violation disappear.
/// </summary>
internal static class WitnessShrinker
{
    /// <summary>Shrinking passes over instances, traitors and plans; each pass that changes nothing ends it.</summary>
    public const int ShrinkPassesMax = 8;

    public static ExploreWitness Shrink(Scenario scenario, TraitorSpace space, IReadOnlyList<TraitorChoice> found, ulong foundSeed, long foundAtRun, bool stopAtFirstViolation, Worlds.Sim.SimOptions? sim = null)
    {
        int shrinkRuns = 0;
        bool StillFails(Scenario s, IReadOnlyList<TraitorChoice> t, ulong seed)
        {
            shrinkRuns++;
            return Explorer.Fails(Explorer.Run(s, t, seed, stopAtFirstViolation, sim));
        }

        ulong seed = foundSeed;
        ulong own = scenario.Seed ?? 1;
        if (own != seed && StillFails(scenario, found, own))
        {
            seed = own;
        }

        Scenario shrunk = scenario;
        List<TraitorChoice> traitors = [.. found];
        bool TrySimpler(int k, TraitorBehaviour simpler)
        {
            List<TraitorChoice> tried = [.. traitors];
            tried[k] = traitors[k] with { Behaviour = simpler };
            if (!StillFails(shrunk, tried, seed))
            {
                return false;
            }

            traitors = tried;
            return true;
        }

        for (int pass = 0, changed = 1; pass < ShrinkPassesMax && changed > 0; pass++)
        {
            changed = 0;
            foreach (WorkloadSpec start in shrunk.Workload.Where(w => w.Command == ControlType.StartInstance).ToList())
            {
                Scenario fewer = Explorer.Copy(shrunk);
                fewer.Workload = shrunk.Workload.Where(w => !ReferenceEquals(w, start)).ToList();
                if (AgreementScenario.Instances(fewer).Count > 0 && StillFails(fewer, traitors, seed))
                {
                    shrunk = fewer;
                    changed++;
                }
            }

            foreach (TraitorChoice traitor in traitors.ToList())
            {
                List<TraitorChoice> fewer = traitors.Where(t => t != traitor).ToList();
                if (StillFails(shrunk, fewer, seed))
                {
                    traitors = fewer;
                    changed++;
                }
            }

            for (int k = 0; k < traitors.Count; k++)
            {
                TraitorBehaviour behaviour = traitors[k].Behaviour;
                if (!behaviour.IsPlan && !behaviour.IsSampled)
                {
                    changed += TrySimpler(k, TraitorBehaviour.Plan(0)) ? 1 : 0;
                    continue;
                }

                if (behaviour.IsSampled)
                {
                    changed += TrySimpler(k, TraitorBehaviour.Plan(0)) ? 1 : NarrowSampled(k);
                    continue;
                }

                for (int digit = TraitorBehaviour.PlanDigits - 1; digit >= 0; digit--)
                {
                    TraitorBehaviour plan = traitors[k].Behaviour;
                    ulong bits = unchecked((ulong)plan.PlanSeed);
                    ulong bit = 1UL << digit;
                    changed += (bits & bit) != 0 && TrySimpler(k, TraitorBehaviour.PlanAt(plan.FirstSlot, unchecked((long)(bits & ~bit)))) ? 1 : 0;
                }
            }
        }

        Scenario witness = Explorer.Concrete(shrunk, traitors, seed);
        witness.Name = Truncate($"{scenario.Name}-witness");
        witness.Description = $"A witness `generals explore {scenario.Name}` found and shrank: "
            + (traitors.Count == 0 ? "no traitor" : string.Join("; ", traitors)) + $". Replay it with `generals run <this file> --seed {seed}`.";
        RunOutcome run = ScenarioRunner.RunSim(witness, seed, sim);
        return new ExploreWitness(traitors, seed, run, Trace(run, traitors), foundAtRun, shrinkRuns);

        // Narrows traitor k's sampled plan (it fails, and RETREAT everywhere passes) to a window of slots whose ends
        // cannot move in by bisection, then spells a window of at most PlanDigits slots out as an enumerated plan.
        int NarrowSampled(int k)
        {
            TraitorBehaviour sampled = traitors[k].Behaviour;
            int first = sampled.FirstSlot;
            int slots = space.SlotsOf(traitors[k].General);
            int end = sampled.SlotCount == 0 ? slots : Math.Min(slots, first + sampled.SlotCount);
            int changes = 0;
            for (int lo = first, hi = end; hi - lo > 1;)
            {
                int mid = lo + ((hi - lo) / 2);
                if (TrySimpler(k, TraitorBehaviour.Sampled(sampled.PlanSeed, mid, end - mid)))
                {
                    lo = first = mid;
                    changes++;
                }
                else
                {
                    hi = mid;
                }
            }

            for (int lo = first, hi = end; hi - lo > 1;)
            {
                int mid = lo + ((hi - lo) / 2);
                if (TrySimpler(k, TraitorBehaviour.Sampled(sampled.PlanSeed, first, mid - first)))
                {
                    hi = end = mid;
                    changes++;
                }
                else
                {
                    lo = mid;
                }
            }

            if (end - first <= TraitorBehaviour.PlanDigits)
            {
                // Slot k of a sampled plan is draw k whatever its window, so the orders read here are the ones it sent.
                int[] orders = sampled.Orders(end)!;
                long bits = 0;
                for (int j = 0; j < end - first; j++)
                {
                    bits |= orders[first + j] == ProtocolCodes.Attack ? 1L << j : 0;
                }

                changes += TrySimpler(k, TraitorBehaviour.PlanAt(first, bits)) ? 1 : 0;
            }

            return changes;
        }
    }

    /// <summary>The failed checks' witnesses, then each instance round by round.</summary>
    private static string Trace(RunOutcome run, IReadOnlyList<TraitorChoice> traitors)
    {
        var text = new StringBuilder();
        text.Append("traitors: ").Append(traitors.Count == 0 ? "none" : string.Join("; ", traitors)).Append('\n');
        foreach (CheckResult check in run.Checks.Where(c => c.Verdict == Verdict.Invalid))
        {
            foreach (string line in check.Witness)
            {
                text.Append(check.Name).Append(": ").Append(line).Append('\n');
            }
        }

        foreach (AgreementInstance instance in AgreementScenario.Instances(run.Scenario))
        {
            text.Append('\n').Append(RoundTrace.Render(run.History, instance));
        }

        return text.ToString();
    }

    private static string Truncate(string name) => name.Length <= ScenarioValidator.NameMax ? name : name[..ScenarioValidator.NameMax];
}
