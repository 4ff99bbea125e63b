using Generals.Harness.History;
using Generals.Harness.Plan;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Generator;

/// <summary>
/// Turns a scenario into the timed operations of a run, the same list for every seed and every world: partitions and
/// broker outages, the generals powering on, faults (a rogue fault on node 0 once per general), the workload, GST and the
/// heal at duration_ms. Operations at the same time keep this order. What an operation draws at random (rogue bytes, the
/// write a power cut lands on) it draws when it runs, from the run's fault generator.
/// </summary>
public static class ScenarioGenerator
{
    public static List<Operation> Operations(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var operations = new List<Operation>();
        foreach (HistoryEvent line in PlannedFaults.Partitions(scenario))
        {
            operations.Add(new Operation(line.TimeMs, OperationKind.Note) { Line = line });
        }

        foreach (HistoryEvent line in PlannedFaults.BrokerOutages(scenario))
        {
            OperationKind kind = line.Type == HistoryType.BrokerDown ? OperationKind.BrokerDown : OperationKind.BrokerUp;
            operations.Add(new Operation(line.TimeMs, kind) { Line = line });
        }

        operations.Add(new Operation(0, OperationKind.PowerOnAll));
        foreach (FaultSpec fault in scenario.Faults.Where(f => f.Kind != FaultKind.BrokerRestart))
        {
            bool everyGeneral = fault.Kind is FaultKind.Rogue or FaultKind.RogueTelemetry && fault.Node == 0;
            foreach (int target in everyGeneral ? Enumerable.Range(1, scenario.Generals) : [fault.Node])
            {
                operations.Add(new Operation(fault.AtMs, KindOf(fault)) { General = target, Fault = fault });
            }
        }

        foreach (WorkloadSpec work in scenario.Workload)
        {
            operations.Add(new Operation(work.AtMs, OperationKind.Control) { General = work.Node, Work = work });
        }

        if (scenario.Timing.Model == TimingModel.PartiallySynchronous)
        {
            operations.Add(new Operation(scenario.Timing.GstMs, OperationKind.Gst));
        }

        operations.Add(new Operation(scenario.DurationMs, OperationKind.Heal));
        return operations;
    }

    private static OperationKind KindOf(FaultSpec fault) => fault.Kind switch
    {
        FaultKind.CrashStop or FaultKind.CrashRecovery => OperationKind.PowerCut,
        FaultKind.PowerCutAtWrite => OperationKind.PowerCutAtWrite,
        FaultKind.Pause => OperationKind.Pause,
        FaultKind.Rogue => OperationKind.Rogue,
        FaultKind.RogueTelemetry => OperationKind.RogueTelemetry,
        _ => throw new ScenarioException($"fault kind '{PlanNames.Of(fault.Kind)}' is not one the run knows (the validator should have refused it)"),
    };
}
