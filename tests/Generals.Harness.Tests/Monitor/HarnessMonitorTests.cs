using Generals.Core.Wire;
using Generals.Harness.History;
using Generals.Harness.Monitor;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Monitor;

public class HarnessMonitorTests
{
    private static readonly Scenario Fixed300 = ScenarioLoader.Parse(
        "name: m\ngenerals: 2\nworkload: [ { at_ms: 0, node: 0, command: start-detector, args: [1, 100, 300, 0] } ]", "m");

    private static HistoryEvent Heartbeat(long t, long incarnation, long sequence) =>
        new() { TimeMs = t, Type = HistoryType.Send, From = 2, To = 1, Kind = FrameKind.Heartbeat, Incarnation = incarnation, Sequence = sequence };

    [Fact]
    public void AddTo_GapLongerThanTimeout_SuspectsAtTimeoutAndTrustsOnNextHeartbeat()
    {
        List<HistoryEvent> history = [Heartbeat(0, 1, 1), Heartbeat(100, 1, 2), Heartbeat(900, 1, 3), Heartbeat(1000, 1, 4), new() { TimeMs = 2000, Type = HistoryType.End }];

        IReadOnlyList<HistoryEvent> monitored = HarnessMonitor.AddTo(Fixed300, history);

        HistoryEvent[] verdicts = [.. monitored.Where(e => e.Type is HistoryType.Suspect or HistoryType.Trust && e.General == 0)];
        Assert.Equal(3, verdicts.Length);
        Assert.Equal((HistoryType.Suspect, 401L), (verdicts[0].Type, verdicts[0].TimeMs));
        Assert.Equal((HistoryType.Trust, 900L), (verdicts[1].Type, verdicts[1].TimeMs));
        Assert.Equal((HistoryType.Suspect, 1301L), (verdicts[2].Type, verdicts[2].TimeMs));
    }

    [Fact]
    public void AddTo_NewIncarnation_TrustsUnderTheNewIncarnation()
    {
        List<HistoryEvent> history = [Heartbeat(0, 1, 1), Heartbeat(100, 1, 2), Heartbeat(2000, 2, 1), new() { TimeMs = 2100, Type = HistoryType.End }];

        IReadOnlyList<HistoryEvent> monitored = HarnessMonitor.AddTo(Fixed300, history);

        HistoryEvent trust = monitored.Single(e => e.General == 0 && e.Type == HistoryType.Trust);
        Assert.Equal((2000L, 2L), (trust.TimeMs, trust.PeerIncarnation));
    }

    [Fact]
    public void RunSim_CrashRecoveryScenario_HarnessMonitorSuspectsThenTrustsTheNewIncarnation()
    {
        RunOutcome run = ScenarioRunner.RunSim(ScenarioLoader.Load("fd-crash-recovery"), 2);

        Assert.Contains(run.History, e => e.General == 0 && e.Type == HistoryType.Suspect && e.Peer == 3 && e.PeerIncarnation == 1);
        Assert.Contains(run.History, e => e.General == 0 && e.Type == HistoryType.Trust && e.Peer == 3 && e.PeerIncarnation == 2);
        Assert.Contains(run.Checks.Single(c => c.Name == "crash-recovery").Figures.Keys, k => k.StartsWith("0->3", StringComparison.Ordinal));
    }
}
