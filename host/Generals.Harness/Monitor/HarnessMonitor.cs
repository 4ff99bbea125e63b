using Generals.Core.Detection;
using Generals.Core.Node;
using Generals.Core.Wire;
using Generals.Harness.History;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Monitor;

/// <summary>
/// The harness's own failure detector (DESIGN 11): the same Core detector the generals run, with the scenario's
/// settings, fed with every heartbeat the harness sees leave a general (at the broker, before the nemesis). It
/// reports as general 0, so every detector checker judges it beside the generals' own monitors. Because it
/// reads the history, it is deterministic and the same in the simulator and on emulated generals.
/// </summary>
public static class HarnessMonitor
{
    /// <summary>The history with the monitor's suspect and trust events added (unchanged when no detector runs).</summary>
    public static IReadOnlyList<HistoryEvent> AddTo(Scenario scenario, IReadOnlyList<HistoryEvent> history)
    {
        DetectorConfig? config = ConfigOf(scenario, history);
        if (config == null)
        {
            return history;
        }

        long endMs = history.LastOrDefault(e => e.Type == HistoryType.End)?.TimeMs ?? (history.Count == 0 ? 0 : history[^1].TimeMs);
        var verdicts = new List<HistoryEvent>();
        var heartbeats = history
            .Where(e => e.Type == HistoryType.Send && e.Kind == FrameKind.Heartbeat)
            .DistinctBy(e => (e.From, e.Incarnation, e.Sequence))
            .GroupBy(e => e.From);
        foreach (IGrouping<int, HistoryEvent> general in heartbeats)
        {
            verdicts.AddRange(Watch(config, general.Key, general.OrderBy(e => e.TimeMs).ToList(), endMs));
        }

        return HistoryMerge.Into(history, verdicts);
    }

    private static IEnumerable<HistoryEvent> Watch(DetectorConfig config, int general, List<HistoryEvent> heartbeats, long endMs)
    {
        IFailureDetector detector = config.CreateDetector();
        long incarnation = heartbeats[0].Incarnation;
        detector.Reset(heartbeats[0].TimeMs);
        bool suspected = false;
        for (int i = 1; i <= heartbeats.Count; i++)
        {
            long nextMs = i < heartbeats.Count ? heartbeats[i].TimeMs : endMs;
            long suspectAt = detector.NextCheckMs(heartbeats[i - 1].TimeMs);
            if (!suspected && suspectAt < nextMs && detector.Suspects(suspectAt))
            {
                suspected = true;
                yield return Verdict(HistoryType.Suspect, suspectAt, general, incarnation);
            }

            if (i == heartbeats.Count)
            {
                yield break;
            }

            HistoryEvent heartbeat = heartbeats[i];
            if (heartbeat.Incarnation > incarnation)
            {
                incarnation = heartbeat.Incarnation;
                detector.Reset(heartbeat.TimeMs);
                suspected = false;
                yield return Verdict(HistoryType.Trust, heartbeat.TimeMs, general, incarnation);
                continue;
            }

            detector.Heartbeat(heartbeat.TimeMs);
            if (suspected && !detector.Suspects(heartbeat.TimeMs))
            {
                suspected = false;
                yield return Verdict(HistoryType.Trust, heartbeat.TimeMs, general, incarnation);
            }
        }
    }

    private static HistoryEvent Verdict(HistoryType type, long timeMs, int general, long incarnation) =>
        new() { TimeMs = timeMs, Type = type, General = 0, Peer = general, PeerIncarnation = incarnation };

    private static DetectorConfig? ConfigOf(Scenario scenario, IReadOnlyList<HistoryEvent> history)
    {
        StartDetectorCommand? start = ControlCommands.InWorkload<StartDetectorCommand>(scenario).Select(w => w.Command).FirstOrDefault();
        return start == null || !history.Any(e => e.Type == HistoryType.Send && e.Kind == FrameKind.Heartbeat)
            ? null
            : DetectorConfig.FromCommand(start);
    }
}
