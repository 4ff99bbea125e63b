using Generals.Harness.Monitor;
using Generals.Harness.Scenarios;
using Generals.Harness.Timing;

namespace Generals.Harness.History;

/// <summary>
/// What the harness adds to a run's history once the run is over, the same in every world: its own failure detector's
/// verdicts (<see cref="HarnessMonitor"/>) and the timing-model check's breaks (<see cref="TimingBreaks"/>). The same list
/// comes back when neither adds anything.
/// </summary>
public static class FinishedHistory
{
    public static IReadOnlyList<HistoryEvent> Of(Scenario scenario, IReadOnlyList<HistoryEvent> history) =>
        TimingBreaks.AddTo(scenario, HarnessMonitor.AddTo(scenario, history));
}
