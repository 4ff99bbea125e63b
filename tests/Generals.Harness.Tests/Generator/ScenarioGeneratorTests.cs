using Generals.Harness.Generator;
using Generals.Harness.History;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Generator;

public class ScenarioGeneratorTests
{
    private static readonly Scenario Mixed = ScenarioLoader.Parse("""
        name: t
        generals: 3
        duration_ms: 4000
        timing: { model: partially-synchronous, gst_ms: 1500 }
        partitions:
          - { groups: [[1], [2, 3]], from_ms: 100, until_ms: 200 }
        faults:
          - { node: 0, kind: broker-restart, at_ms: 3000, duration_ms: 300 }
          - { node: 2, kind: crash-recovery, at_ms: 1000, restart_after_ms: 300 }
          - { node: 0, kind: rogue, at_ms: 500, count: 1 }
          - { node: 1, kind: pause, at_ms: 800, duration_ms: 100 }
        workload:
          - { at_ms: 0, node: 0, command: start-detector, args: [1, 100, 300, 0] }
        """, "test");

    [Fact]
    public void Operations_MixedScenario_NotesThenPowerOnThenFaultsWorkloadGstHealInThatOrder()
    {
        List<Operation> operations = ScenarioGenerator.Operations(Mixed);

        Assert.Equal(
        [
            "Note@100", "Note@200", "BrokerDown@3000", "BrokerUp@3300", "PowerOnAll@0",
            "PowerCut@1000:2", "Rogue@500:1", "Rogue@500:2", "Rogue@500:3", "Pause@800:1",
            "Control@0:0", "Gst@1500", "Heal@4000",
        ], operations.Select(o => $"{o.Kind}@{o.AtMs}" + (o.General > 0 || o.Kind == OperationKind.Control ? $":{o.General}" : "")));
    }

    [Fact]
    public void Operations_PartitionNotes_CarryTheirGroundTruthLines()
    {
        List<Operation> operations = ScenarioGenerator.Operations(Mixed);

        Assert.Equal([HistoryType.PartitionStart, HistoryType.PartitionEnd],
            operations.Where(o => o.Kind == OperationKind.Note).Select(o => o.Line!.Type));
    }

    [Fact]
    public void Operations_SameScenarioTwice_SameOperations()
    {
        Assert.Equal(
            ScenarioGenerator.Operations(Mixed).Select(o => (o.AtMs, o.Kind, o.General)),
            ScenarioGenerator.Operations(Mixed).Select(o => (o.AtMs, o.Kind, o.General)));
    }
}
