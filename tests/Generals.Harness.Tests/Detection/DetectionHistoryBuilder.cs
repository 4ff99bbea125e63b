using Generals.Core.Node;
using Generals.Core.Wire;
using Generals.Harness.History;

namespace Generals.Harness.Tests.Detection;

/// <summary>Builds hand-made histories for the detection checkers, in time order.</summary>
internal sealed class DetectionHistoryBuilder
{
    private readonly List<HistoryEvent> _events = [];

    public DetectionHistoryBuilder Boot(long timeMs, int node, long incarnation) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryType.Boot, General = node, Incarnation = incarnation });

    public DetectionHistoryBuilder Crash(long timeMs, int node) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryType.Crash, General = node, Detail = "power cut", RestartAfterMs = 0 });

    public DetectionHistoryBuilder Restart(long timeMs, int node) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryType.Restart, General = node });

    public DetectionHistoryBuilder Pause(long timeMs, int node) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryType.Pause, General = node });

    public DetectionHistoryBuilder Resume(long timeMs, int node) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryType.Resume, General = node });

    public DetectionHistoryBuilder Gst(long timeMs) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryType.Gst });

    public DetectionHistoryBuilder Suspect(long timeMs, int monitor, int peer, long incarnation = 1) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryType.Suspect, General = monitor, Peer = peer, PeerIncarnation = incarnation });

    public DetectionHistoryBuilder Trust(long timeMs, int monitor, int peer, long incarnation = 1) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryType.Trust, General = monitor, Peer = peer, PeerIncarnation = incarnation });

    public DetectionHistoryBuilder Heartbeat(long timeMs, int from, int to) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryType.Deliver, From = from, To = to, Kind = FrameKind.Heartbeat });

    /// <summary>Both Generals boot at 0 with incarnation 1.</summary>
    public static DetectionHistoryBuilder TwoGenerals() => new DetectionHistoryBuilder().Boot(0, 2, 1).Boot(0, 3, 1);

    public DetectionHistoryBuilder StartDetector(long timeMs, int node, long intervalMs, long timeoutMs) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryType.Control, General = node, Command = new StartDetectorCommand(1, intervalMs, timeoutMs, 0) });

    public DetectionHistoryBuilder End(long timeMs) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryType.End });

    public IReadOnlyList<HistoryEvent> Build() => _events;

    private DetectionHistoryBuilder Add(HistoryEvent e)
    {
        _events.Add(e);
        return this;
    }
}
