using System.Globalization;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Xunit.Abstractions;

namespace Generals.Harness.Tests.Sim;

/// <summary>
/// The simulator at issue 16's scale: a thousand generals run one scenario (a ring of short streams) to a valid verdict.
/// Kept short (three messages each, a reliable link on a quiet network); the scale figures are the bench's (sim-scale).
/// </summary>
public class SimScaleTests(ITestOutputHelper output)
{
    private const int Generals = 1000;

    [Fact]
    public void RunSim_ThousandGeneralsInARingOfStreams_EveryMessageDeliveredAndTheVerdictValid()
    {
        Scenario scenario = ScenarioLoader.Parse(Ring(Generals, messages: 3), "ring.yaml");
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
