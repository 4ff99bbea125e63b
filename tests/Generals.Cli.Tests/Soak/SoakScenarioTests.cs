using Generals.Bench.Soak;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Harness.Plan;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Tests.Soak;

/// <summary>The soak's scenarios: every draw is a scenario the harness accepts, and ids never repeat from run to run on the kit.</summary>
public sealed class SoakScenarioTests
{
    [Fact]
    public void For_SixtyRuns_EveryScenarioValidWithStreamsAndAnSmInstanceAndIdsUniqueAcrossRuns()
    {
        var random = new Prng(5);
        var streamIds = new HashSet<long>();
        var instances = new HashSet<long>();

        for (int run = 1; run <= 60; run++)
        {
            SoakScenario drawn = SoakScenario.For(run, random);
            Scenario scenario = ScenarioLoader.Parse(drawn.Yaml, $"run-{run}");

            Assert.Equal(SoakKit.Generals, scenario.Generals);
            Assert.True(scenario.Link is { Reliable: true, Durable: true, Authenticated: true });
            List<WorkloadSpec> streams = [.. scenario.Workload.Where(w => w.Command == ControlType.SendStream)];
            Assert.Equal(SoakKit.Generals, streams.Count);
            Assert.All(streams, s => Assert.True(streamIds.Add(s.FirstId), $"stream id {s.FirstId} of run {run} was used before"));
            List<WorkloadSpec> sm = [.. scenario.Workload.Where(w => w.Command == ControlType.StartInstance)];
            Assert.NotEmpty(sm);
            Assert.All(sm, w => Assert.True(w.Args[0] == 3 && instances.Add(w.Args[1]), $"instance {w.Args[1]} of run {run} was used before"));
            Assert.Equal(drawn.PlannedCrashes, scenario.Faults.Count(f => f.Kind == FaultKind.CrashRecovery));
        }
    }
}
