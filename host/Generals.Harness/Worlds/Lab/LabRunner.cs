using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Emu;

namespace Generals.Harness.Worlds.Lab;

/// <summary>
/// Runs a scenario on a lab's boards: a <see cref="LiveRun"/> over the lab world (<see cref="LabWorld"/>), with the same
/// generator, nemesis, history and checkers as the simulated and emulated runs.
/// </summary>
public sealed class LabRunner
{
    private readonly IEmuKit _kit;
    private readonly LiveRun _run;

    public LabRunner(Scenario scenario, ulong seed, IEmuKit kit, LabOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _kit = kit;
        var clock = new HarnessClock();
        _run = new LiveRun(scenario, seed, options.Cancel, clock, (nemesis, history) => new LabWorld(scenario, kit, options, nemesis, clock, history));
    }

    public async Task<RunOutcome> RunAsync()
    {
        RunOutcome run = await _run.RunAsync().ConfigureAwait(false);
        return run with { Signature = _kit.HarnessSigner.Scheme.ToString().ToLowerInvariant() + " (the lab's kit)" };
    }
}
