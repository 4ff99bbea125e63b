using System.Diagnostics;
using System.Numerics;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.History;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

using Generals.Harness.Worlds.Sim;

namespace Generals.Harness.Explore;

/// <summary>
/// `generals explore`: searches traitor behaviours (<see cref="TraitorSpace"/>) and schedules for a run in which a
/// counted check fails. When the space fits the budget every configuration runs once, in order; beyond, the budget
/// is spent on configurations drawn at random. Run i's schedule (the network's delays) comes from the seed
/// <see cref="SeedMix.Derive"/>(seed, i), so the printed seed replays the search.
/// <para>Runs are made on <see cref="ExploreOptions.Workers"/> threads a batch at a time and judged in configuration
/// order: the first failing configuration in that order is the one shrunk, whatever finished first, so the witness
/// and the printed figures depend on the seed alone. A batch may run past the failure; those runs are not counted.</para>
/// <para>A failure is shrunk to a witness by <see cref="WitnessShrinker"/>.</para>
/// </summary>
public static class Explorer
{
    /// <summary>A batch grows from one run per worker to this many, so that an early failure wastes few runs and a long
    /// search keeps the workers busy; it bounds the configurations held at once.</summary>
    public const int BatchRunsPerWorkerMax = 16;

    public static ExploreResult Explore(Scenario scenario, ExploreOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Budget is < 1 or > ExploreOptions.BudgetMax)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"the budget must be 1..{ExploreOptions.BudgetMax}");
        }

        if (options.Workers is < 1 or > ExploreOptions.WorkersMax)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"the workers must be 1..{ExploreOptions.WorkersMax}");
        }

        TraitorSpace space = Space(scenario, options.Traitors);
        TraitorBound bound = Bound(scenario, space.Traitors);
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
        using IEnumerator<IReadOnlyList<TraitorChoice>> next = configurations.GetEnumerator();
        // Bounded by the budget: the planned runs are the whole space when it fits the budget, else the budget.
        for (int batchSize = options.Workers; runs < planned; batchSize = Math.Min(batchSize * 2, options.Workers * BatchRunsPerWorkerMax))
        {
            var batch = new List<IReadOnlyList<TraitorChoice>>(batchSize);
            while (batch.Count < batchSize && next.MoveNext())
            {
                batch.Add(next.Current);
            }

            if (batch.Count == 0)
            {
                break;
            }

            Judged[] judged = RunBatch(scenario, batch, options, runs);
            for (int i = 0; i < batch.Count; i++)
            {
                judged[i].Error?.Throw();
                runs++;
                messages += judged[i].ProtocolMessages;
                options.Progress?.Invoke(runs, planned);
                if (judged[i].Fails)
                {
                    ExploreWitness witness = WitnessShrinker.Shrink(scenario, space, batch[i], judged[i].Seed, runs, options.StopAtFirstViolation, options.Sim);
                    clock.Stop();
                    return new ExploreResult(scenario, bound, size, exhaustive, runs, messages, clock.Elapsed, witness);
                }
            }
        }

        clock.Stop();
        return new ExploreResult(scenario, bound, size, exhaustive, runs, messages, clock.Elapsed, null);
    }

    /// <summary>
    /// The traitor space of a scenario with <paramref name="traitors"/> traitors (null: the scenario's m); a scenario
    /// without OM or SM instances is refused.
    /// </summary>
    public static TraitorSpace Space(Scenario scenario, int? traitors = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return TraitorSpace.For([.. AgreementScenario.Instances(scenario)], scenario.Generals, traitors)
            ?? throw new ScenarioException($"{scenario.Name}: the explorer searches traitors in OM and SM instances, and this scenario starts none");
    }

    /// <summary>What a search of <paramref name="scenario"/> with <paramref name="traitors"/> traitors expects (<see cref="TraitorBound"/>).</summary>
    public static TraitorBound Bound(Scenario scenario, int traitors)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return TraitorBound.For(scenario, AgreementScenario.Instances(scenario), traitors);
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
            .. traitors.Select(t => new WorkloadSpec { AtMs = 0, Node = t.General, Command = ControlType.SetTraitor, Args = t.Behaviour.Arguments }),
            .. scenario.Workload.Where(w => w.Command != ControlType.SetTraitor),
        ];
        return copy;
    }

    /// <summary>
    /// One simulated run of the configuration. With <paramref name="stopAtFirstViolation"/> the run ends at the first event
    /// after which a counted check's violation is final (<see cref="RunJudges"/>): its checks judge the history up to
    /// there, and whether it <see cref="Fails"/> is what the whole run would say.
    /// </summary>
    internal static RunOutcome Run(Scenario scenario, IReadOnlyList<TraitorChoice> traitors, ulong seed, bool stopAtFirstViolation, SimOptions? sim = null) =>
        ScenarioRunner.RunSim(Concrete(scenario, traitors, seed), seed, sim, stopAtFirstViolation);

    internal static bool Fails(RunOutcome run) =>
        run.Checks.Any(c => c.Verdict == Verdict.Invalid && !run.Scenario.Informative.Contains(c.Name));

    /// <summary>A shallow copy: every settable property of the scenario, so fields added later are copied too.</summary>
    internal static Scenario Copy(Scenario scenario)
    {
        var copy = new Scenario();
        foreach (PropertyInfo property in typeof(Scenario).GetProperties().Where(p => p.CanRead && p.CanWrite))
        {
            property.SetValue(copy, property.GetValue(scenario));
        }

        return copy;
    }

    /// <summary>
    /// Runs configuration i of <paramref name="batch"/> with the seed of search run <paramref name="first"/> + i, in
    /// parallel. A run that throws (a scenario the simulator refuses) keeps its exception, rethrown when the search
    /// reaches it in configuration order, as a sequential search would have.
    /// </summary>
    private static Judged[] RunBatch(Scenario scenario, List<IReadOnlyList<TraitorChoice>> batch, ExploreOptions options, long first)
    {
        var judged = new Judged[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Workers }, i =>
        {
            ulong seed = SeedMix.Derive(options.Seed, first + i);
            try
            {
                RunOutcome run = Run(scenario, batch[i], seed, options.StopAtFirstViolation, options.Sim);
                judged[i] = new Judged(seed, Fails(run), ProtocolMessages(run), null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                judged[i] = new Judged(seed, false, 0, ExceptionDispatchInfo.Capture(e));
            }
        });
        return judged;
    }

    /// <summary>The one place the explorer reads history records: protocol frames sent (up to the run's stop, when it stopped early).</summary>
    private static long ProtocolMessages(RunOutcome run) =>
        run.History.Count(e => e.Type == HistoryType.Send && e.Kind == FrameKind.Protocol);

    /// <summary>What the search keeps of one run: its seed, whether a counted check failed, its protocol messages, or what it threw.</summary>
    private readonly record struct Judged(ulong Seed, bool Fails, long ProtocolMessages, ExceptionDispatchInfo? Error);
}
