using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// Runs a scenario on emulated generals: a <see cref="LiveRun"/> over the emulated world (<see cref="EmuWorld"/>: one OS
/// process per general, a real MQTT broker, real faults), the nemesis in the shared network on real traffic, and the same
/// checkers and run folder as the simulator.
/// </summary>
public sealed class EmuRunner
{
    private readonly Scenario _scenario;
    private readonly IEmuKit _kit;
    private readonly LiveRun _run;

    public EmuRunner(Scenario scenario, ulong seed, IEmuKit kit, EmuOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        _scenario = scenario;
        _kit = kit;
        _run = new LiveRun(scenario, seed, options.Cancel, (nemesis, clock, history) => new EmuWorld(scenario, kit, options, nemesis, clock, history));
    }

    /// <summary>Broker and network counters of the last run (refusals, malformed frames).</summary>
    public Dictionary<string, long> Counters => _run.Counters;

    public async Task<RunOutcome> RunAsync()
    {
        RunOutcome run = await _run.RunAsync().ConfigureAwait(false);
        string scheme = _kit.HarnessSigner.Scheme.ToString().ToLowerInvariant();
        return run with
        {
            Signature = scheme + (_scenario.Signature == "ideal" ? " (the run's kit; ideal is simulation-only)" : " (the run's provisioned kit)"),
        };
    }
}
