using System.Globalization;
using Generals.Core.Wire;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Xunit.Abstractions;

namespace Generals.Harness.Tests.Sim;

/// <summary>
/// The simulator at issue 16's scale: a thousand generals run one scenario (a ring of short streams) to a valid verdict.
/// Kept short (three messages each, a reliable link on a quiet network): per-peer state made eagerly costs n^2 at this size.
/// </summary>
public class SimScaleTests(ITestOutputHelper output)
{
    private const int Generals = 1000;

    [Fact]
    public void RunSim_ThousandGeneralsInARingOfStreams_EveryMessageDeliveredAndTheVerdictValid()
    {
        string yaml = Ring(Generals, messages: 3);
        int idMax = FrameLimits.GeneralIdMax;
        if (idMax < Generals)
        {
            // Ids do not reach a thousand on this wire format: the plan is refused, plainly, before anything runs.
            var refused = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "ring.yaml"));
            Assert.Equal("generals", Assert.Single(refused.Problems).Field);
            return;
        }

        Scenario scenario = ScenarioLoader.Parse(yaml, "ring.yaml");
        long before = GC.GetTotalMemory(true);

        RunOutcome run = ScenarioRunner.RunSim(scenario, 1);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Generals} generals: {(GC.GetTotalMemory(false) - before) / Generals:N0} bytes each held after the run (with its history)"));
        Assert.True(run.ExitCode == 0, VerdictTable.Render(run));
    }

    // Every general g streams `messages` messages to g % n + 1.
    private static string Ring(int generals, int messages)
    {
        string workload = string.Concat(Enumerable.Range(1, generals).Select(g => string.Create(CultureInfo.InvariantCulture,
            $"  - {{ at_ms: 0, node: {g}, command: send-stream, to: {(g % generals) + 1}, count: {messages}, interval_ms: 10, first_id: {g * 100} }}\n")));
        return string.Create(CultureInfo.InvariantCulture,
            $"name: ring\ngenerals: {generals}\nduration_ms: 200\nsettle_ms: 500\nlink: {{ reliable: true }}\nworkload:\n{workload}checks: [reliable-delivery]\n");
    }
}
