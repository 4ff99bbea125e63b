using System.Globalization;
using Generals.Core.Node;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Sim;

namespace Generals.Harness.Tests.Sim;

/// <summary>
/// A simulated general holds link state for the peers it talks to, not for the whole kit (issue 16: a simulation of
/// thousands of generals): in a ring, where each general streams to the next, each makes two link seals (the link to
/// its successor and the one from its predecessor), whatever the size of the kit.
/// </summary>
public sealed class SimPeerStateTests
{
    [Fact]
    public void Run_RingOfAuthenticatedStreams_EachGeneralSealsOnlyItsTwoLinks()
    {
        const int generals = 200;
        string workload = string.Concat(Enumerable.Range(1, generals).Select(g => string.Create(CultureInfo.InvariantCulture,
            $"  - {{ at_ms: 0, node: {g}, command: send-stream, to: {(g % generals) + 1}, count: 3, interval_ms: 10, first_id: {g * 1000} }}\n")));
        Scenario ring = ScenarioLoader.Parse(
            $"name: ring\ngenerals: {generals}\nduration_ms: 200\nlink: {{ authenticated: true }}\nworkload:\n{workload}", "ring");
        var settings = new List<NodeSettings>();

        SimResult result = new Simulator(ring, 1, new SimOptions { OnNodeSettings = settings.Add }).Run();

        Assert.Equal(generals * 3, result.FramesDelivered);
        Assert.Equal(generals, settings.Count);
        Assert.All(settings, s => Assert.Equal(2, s.LinkKeys.SealsMade));
    }
}
