using System.Diagnostics;
using System.Numerics;
using System.Reflection;
using System.Text;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.History;
using Generals.Harness.Inspect;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Explore;

/// <summary>
/// `generals explore`: searches traitor behaviours (<see cref="TraitorSpace"/>) and schedules for a run in which a
/// counted check fails. When the space fits the budget every configuration runs once, in order; beyond, the budget
/// is spent on configurations drawn at random. Run i's schedule (the network's delays) comes from the seed
/// <see cref="SeedMix.Derive"/>(seed, i), so the printed seed replays the search.
/// <para>A failure is shrunk to a 1-minimal witness: the scenario's own seed if it fails there too, then as few
/// instances and traitors, and as few ATTACK choices in each traitor's plan, as still fail. Removing any one
/// instance or traitor, or turning any one ATTACK choice into RETREAT, then makes the violation disappear.</para>
/// </summary>
public static class Explorer
{
    /// <summary>Shrinking passes over instances, traitors and plans; each pass that changes nothing ends it.</summary>
    public const int ShrinkPassesMax = 8;

    public static ExploreResult Explore(Scenario scenario, ExploreOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Budget is < 1 or > ExploreOptions.BudgetMax)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"the budget must be 1..{ExploreOptions.BudgetMax}");
        }

        TraitorSpace space = Space(scenario);
        BigInteger size = space.Size;
        bool exhaustive = size <= options.Budget;
        long planned = exhaustive ? (long)size : options.Budget;
        var clock = Stopwatch.StartNew();
        long runs = 0;
        long messages = 0;
        var sampler = new Prng(options.Seed);
        IEnumerable<IReadOnlyList<TraitorChoice>> configurations = exhaustive
            ? space.All()
            : Enumerable.Range(0, options.Budget).Select(_ => space.Sample(sampler));
        foreach (IReadOnlyList<TraitorChoice> traitors in configurations)
        {
            ulong seed = SeedMix.Derive(options.Seed, runs);
            RunOutcome run = Run(scenario, traitors, seed);
            runs++;
            messages += ProtocolMessages(run);
            options.Progress?.Invoke(runs, planned);
            if (Fails(run))
            {
                ExploreWitness witness = Shrink(scenario, traitors, seed, runs);
                clock.Stop();
                return new ExploreResult(scenario, size, exhaustive, runs, messages, clock.Elapsed, witness);
            }
        }

        clock.Stop();
        return new ExploreResult(scenario, size, exhaustive, runs, messages, clock.Elapsed, null);
    }

    /// <summary>The traitor space of a scenario; a scenario without OM or SM instances is refused.</summary>
    public static TraitorSpace Space(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return TraitorSpace.For([.. AgreementScenario.Instances(scenario)], scenario.Generals)
            ?? throw new ScenarioException($"{scenario.Name}: the explorer searches traitors in OM and SM instances, and this scenario starts none");
    }

    /// <summary>
    /// The scenario with the explorer's traitors: every set-traitor of the original is dropped and each chosen
    /// traitor gets its SetTraitor at time 0, before anything else, so it plays its behaviour in every instance.
    /// </summary>
    public static Scenario Concrete(Scenario scenario, IReadOnlyList<TraitorChoice> traitors, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(traitors);
        Scenario copy = Copy(scenario);
        copy.Seed = seed;
        copy.Workload =
        [
            .. traitors.Select(t => new WorkloadSpec { AtMs = 0, Node = t.General, Command = "set-traitor", Args = t.Behaviour.Arguments }),
            .. scenario.Workload.Where(w => w.Command != "set-traitor"),
        ];
        return copy;
    }

    private static RunOutcome Run(Scenario scenario, IReadOnlyList<TraitorChoice> traitors, ulong seed) =>
        ScenarioRunner.RunSim(Concrete(scenario, traitors, seed), seed);

    private static bool Fails(RunOutcome run) =>
        run.Checks.Any(c => c.Verdict == Verdict.Invalid && !run.Scenario.Informative.Contains(c.Name));

    private static long ProtocolMessages(RunOutcome run) =>
        run.History.Count(e => e.Type == HistoryType.Send && e.Kind == FrameKind.Protocol);

    private static ExploreWitness Shrink(Scenario scenario, IReadOnlyList<TraitorChoice> found, ulong foundSeed, long foundAtRun)
    {
        int shrinkRuns = 0;
        bool StillFails(Scenario s, IReadOnlyList<TraitorChoice> t, ulong seed)
        {
            shrinkRuns++;
            return Fails(Run(s, t, seed));
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
            foreach (WorkloadSpec start in shrunk.Workload.Where(w => w.Command == "start-instance").ToList())
            {
                Scenario fewer = Copy(shrunk);
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
                if (!traitors[k].Behaviour.IsPlan)
                {
                    changed += TrySimpler(k, TraitorBehaviour.Plan(0)) ? 1 : 0;
                    continue;
                }

                for (int digit = TraitorSpace.PlanDigitsMax; digit >= 0; digit--)
                {
                    long plan = traitors[k].Behaviour.PlanSeed;
                    long bit = 1L << digit;
                    changed += (plan & bit) != 0 && TrySimpler(k, TraitorBehaviour.Plan(plan & ~bit)) ? 1 : 0;
                }
            }
        }

        Scenario witness = Concrete(shrunk, traitors, seed);
        witness.Name = Truncate($"{scenario.Name}-witness");
        witness.Description = $"A witness `generals explore {scenario.Name}` found and shrank: "
            + (traitors.Count == 0 ? "no traitor" : string.Join("; ", traitors)) + $". Replay it with `generals run <this file> --seed {seed}`.";
        RunOutcome run = ScenarioRunner.RunSim(witness, seed);
        return new ExploreWitness(traitors, seed, run, Trace(run, traitors), foundAtRun, shrinkRuns);
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

    /// <summary>A shallow copy: every settable property of the scenario, so fields added later are copied too.</summary>
    private static Scenario Copy(Scenario scenario)
    {
        var copy = new Scenario();
        foreach (PropertyInfo property in typeof(Scenario).GetProperties().Where(p => p.CanRead && p.CanWrite))
        {
            property.SetValue(copy, property.GetValue(scenario));
        }

        return copy;
    }

    private static string Truncate(string name) => name.Length <= ScenarioValidator.NameMax ? name : name[..ScenarioValidator.NameMax];
}
