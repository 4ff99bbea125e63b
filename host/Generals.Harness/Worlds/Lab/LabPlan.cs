using System.Globalization;
using Generals.Core.Config;
using Generals.Harness.Plan;
using Generals.Harness.Generator;
using Generals.Harness.Scenarios;
using Generals.Harness.Timing;
using Generals.Harness.Worlds.Lab.Power;

namespace Generals.Harness.Worlds.Lab;

/// <summary>
/// What a lab of boards cannot run, said before anything starts (docs/worlds.md): more generals than an nf.config holds, a pause (a board cannot be frozen and
/// thawed), a power cut of a board whose switch the harness cannot drive, and a plan whose timing the lab's told facts
/// cannot honour (boards keep real time: a lab has no slower scale to offer). One line, naming the fault and the board, or
/// the timing need.
/// </summary>
public static class LabPlan
{
    /// <summary>
    /// Why a lab cannot run <paramref name="scenario"/>, or null. Without <paramref name="config"/> only what no lab can do
    /// (a pause) is judged; with it, each power cut is checked against its board's switch; with <paramref name="timing"/>
    /// (default: <see cref="LabOptions.ToldTiming"/>), the plan's timing needs against the lab's facts.
    /// </summary>
    public static string? Refusal(Scenario scenario, KitConfig? config, WorldTiming? timing = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (KitGenerals.Refusal(scenario, "a lab") is { } beyond)
        {
            return beyond;
        }

        if (scenario.Brokers > 1)
        {
            return $"brokers: {scenario.Brokers}: a lab's brokers are those its nf.config lists (broker = mqtt://a, mqtt://b); the harness neither starts nor kills a second one for boards; run it with --mode emu or sim";
        }

        if (scenario.Hosts > 1)
        {
            return $"hosts: {scenario.Hosts}: a lab's boards are its hosts; network namespaces are for emulated generals (docs/hosts.md); run it with --mode emu";
        }

        foreach (Operation op in ScenarioGenerator.Operations(scenario))
        {
            if (op.Kind == OperationKind.Pause)
            {
                return $"{FaultText(op)}: a board cannot be paused (an ESP32 has no SIGSTOP; its power can be cut, not frozen); run it with --mode emu or sim";
            }

            if (config == null || op.Kind is not (OperationKind.PowerCut or OperationKind.PowerCutAtWrite))
            {
                continue;
            }

            string power = config.Board(op.General)?.Power ?? PowerSwitches.None;
            if (power == PowerSwitches.None)
            {
                return $"{FaultText(op)}: nf.config gives board {op.General} no power switch (power = none), so the harness cannot cut it";
            }

            if (PowerSwitches.Unsupported(power) is { } unsupported)
            {
                return $"{FaultText(op)}: board {op.General}'s {unsupported}";
            }

            if (power.StartsWith("usbrelayd:", StringComparison.Ordinal) && config.Listener == "none")
            {
                return $"{FaultText(op)}: board {op.General}'s {power} is reached through the kit's embedded broker, and nf.config's listener is none";
            }
        }

        WorldTiming facts = timing ?? LabOptions.ToldTiming;
        return TimingFit.Refusal(PlanTiming.Needs(scenario), facts) is { } late ? $"its timing: {late}" : null;
    }

    private static string FaultText(Operation op) =>
        string.Create(CultureInfo.InvariantCulture, $"fault '{PlanNames.Of(op.Fault!.Kind)}' at {op.AtMs} ms on board {op.General}");
}
