using Generals.Harness.Plan;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Timing;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// Runs a scenario on emulated generals: a <see cref="LiveRun"/> over the emulated world (<see cref="EmuWorld"/>: one OS
/// process per general, a real MQTT broker, real faults), the nemesis in the shared network on real traffic, and the same
/// checkers and run folder as the simulator. The plan runs as many times slower than real time as its timing needs on
/// this machine (docs/worlds.md, "Time per world").
/// </summary>
public sealed class EmuRunner
{
    /// <summary>How many times a run starts again at a slower scale when the facts measured at start ask for one: the load of a shared machine varies between starts.</summary>
    public const int ScaledStartsMax = 3;

    private readonly Scenario _scenario;
    private readonly IEmuKit _kit;
    private readonly LiveRun _run;

    public EmuRunner(Scenario scenario, ulong seed, IEmuKit kit, EmuOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        // Before the run's checkers are made: a sweep's checks exist only for the simulator.
        RefuseUnplannable(scenario);
        _scenario = scenario;
        _kit = kit;
        // The plan's scale is chosen before anything starts: the generals' clocks run at it from their first step.
        var clock = new HarnessClock(options.ClockScale ?? options.StartScale ?? TimingFit.ScaleFor(PlanTiming.Needs(scenario), options.Expected) ?? 1);
        _run = new LiveRun(scenario, seed, options.Cancel, clock, (nemesis, history) =>
        {
            var world = new EmuWorld(scenario, kit, options, nemesis, clock, history);
            options.OnInstructor?.Invoke(new Instructor(scenario, world, nemesis, history));
            return world;
        });
    }

    /// <summary>
    /// Throws, naming the plan and why, when no emulated kit can run <paramref name="scenario"/> whatever the OS: a
    /// simulation-only plan, or more generals than a kit holds. Called before a kit is provisioned for it, so a plan beyond a
    /// kit costs no keys and no processes.
    /// </summary>
    public static void RefuseUnplannable(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if ((EmuPlan.SimulationOnly(scenario) ?? EmuPlan.BeyondKit(scenario)) is { } refusal)
        {
            throw new ScenarioException($"the emu world cannot run {scenario.Name}: {refusal}");
        }
    }

    /// <summary>Broker and network counters of the last run (refusals, malformed frames).</summary>
    public Dictionary<string, long> Counters => _run.Counters;

    /// <summary>
    /// Runs <paramref name="scenario"/>; when the facts measured at start show that the plan needs a slower clock than the
    /// one chosen (from the facts the world expected, or at the last start) and <see cref="EmuOptions.ClockScale"/> does
    /// not fix it, starts it again, slower, up to <see cref="ScaledStartsMax"/> times. A plan that no scale up to
    /// <see cref="TimeScale.Max"/> honours is refused.
    /// </summary>
    public static async Task<RunOutcome> RunScaledAsync(Scenario scenario, ulong seed, IEmuKit kit, EmuOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        for (int start = 1; ; start++)
        {
            try
            {
                return await new EmuRunner(scenario, seed, kit, options).RunAsync().ConfigureAwait(false);
            }
            catch (ScenarioException e) when (options.ClockScale == null && e.NeededScale is int needed && start <= ScaledStartsMax)
            {
                // A quarter more than the measurement asked for: the next start measures again, on a machine whose load varies.
                int scale = Math.Min(TimeScale.Max, Math.Max(needed + ((needed + 3) / 4), (options.StartScale ?? 1) + 1));
                options.Progress?.Invoke($"{e.Message}: starting again {scale}x slower than real time");
                options = options with { StartScale = scale };
            }
        }
    }

    public async Task<RunOutcome> RunAsync()
    {
        RunOutcome run = await _run.RunAsync().ConfigureAwait(false);
        string scheme = _kit.HarnessSigner.Scheme.ToString().ToLowerInvariant();
        return run with
        {
            Signature = scheme + (_scenario.Signature == SignatureChoice.Ideal ? " (the run's kit; ideal is simulation-only)" : " (the run's provisioned kit)"),
        };
    }
}
