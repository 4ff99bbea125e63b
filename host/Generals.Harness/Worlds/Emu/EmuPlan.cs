using System.Globalization;
using Generals.Core.Config;
using Generals.Harness.Generator;
using Generals.Harness.Plan;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// What the emulated world cannot run, said before anything starts (docs/worlds.md): a simulation-only plan, more generals than a
/// kit's nf.config holds, and a pause where the OS
/// gives the harness no way to pause a process (<see cref="IProcessControl.PauseUnsupported"/>). One line, naming the fault
/// and the general; never a pause silently skipped.
/// </summary>
public static class EmuPlan
{
    /// <summary>Why <paramref name="control"/>'s OS cannot run <paramref name="scenario"/>, or null.</summary>
    public static string? Refusal(Scenario scenario, IProcessControl control)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(control);
        if ((SimulationOnly(scenario) ?? BeyondKit(scenario)) is { } only)
        {
            return only;
        }

        if (control.PauseUnsupported is not { } why)
        {
            return null;
        }

        Operation? pause = ScenarioGenerator.Operations(scenario).FirstOrDefault(op => op.Kind == OperationKind.Pause);
        return pause == null
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"fault '{PlanNames.Of(pause.Fault!.Kind)}' at {pause.AtMs} ms on general {pause.General}: {why}; run it with --mode sim");
    }

    /// <summary>Why a plan runs only in the simulator (`emulated: false`: a sweep of many runs, as two-generals), or null.</summary>
    public static string? SimulationOnly(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Emulated ? null : "it is a simulation-only plan (emulated: false: a sweep of many runs that only virtual time makes quick); run it with --mode sim";
    }

    /// <summary>
    /// Why a plan has more generals than an emulated kit can have, or null: each general is a board section of the kit's
    /// nf.config (a process, a broker login and a key of its own), and a file holds at most
    /// <see cref="NfConfigParser.BoardsMax"/>. The simulator runs up to <see cref="ScenarioValidator.GeneralsMax"/>.
    /// </summary>
    public static string? BeyondKit(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return KitGenerals.Refusal(scenario, "an emulated");
    }
}
