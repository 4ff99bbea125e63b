using Generals.Core.Wire;
using Generals.Harness.History;

namespace Generals.Harness.Tests.Detection;

/// <summary>Builds hand-made histories for the detection checkers, in time order.</summary>
internal sealed class DetectionHistoryBuilder
{
    private readonly List<HistoryEvent> _events = [];

    public DetectionHistoryBuilder Boot(long timeMs, int node, long incarnation) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryTypes.Boot, Node = node, Incarnation = incarnation });

    public DetectionHistoryBuilder Crash(long timeMs, int node) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryTypes.Crash, Node = node, Detail = "recovery" });

    public DetectionHistoryBuilder Restart(long timeMs, int node) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryTypes.Restart, Node = node });

    public DetectionHistoryBuilder Pause(long timeMs, int node) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryTypes.Pause, Node = node });

    public DetectionHistoryBuilder Resume(long timeMs, int node) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryTypes.Resume, Node = node });

    public DetectionHistoryBuilder Gst(long timeMs) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryTypes.Gst });

    public DetectionHistoryBuilder Suspect(long timeMs, int monitor, int peer, long incarnation = 1) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryTypes.Suspect, Node = monitor, Peer = peer, Incarnation = incarnation });

    public DetectionHistoryBuilder Trust(long timeMs, int monitor, int peer, long incarnation = 1) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryTypes.Trust, Node = monitor, Peer = peer, Incarnation = incarnation });

    public DetectionHistoryBuilder Heartbeat(long timeMs, int from, int to) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryTypes.Deliver, Node = from, Peer = to, Kind = (int)FrameKind.Heartbeat });

    /// <summary>Both Generals boot at 0 with incarnation 1.</summary>
    public static DetectionHistoryBuilder TwoGenerals() => new DetectionHistoryBuilder().Boot(0, 2, 1).Boot(0, 3, 1);

    public DetectionHistoryBuilder End(long timeMs) =>
        Add(new HistoryEvent { TimeMs = timeMs, Type = HistoryTypes.Control, Detail = "end" });

    public IReadOnlyList<HistoryEvent> Build() => _events;

    private DetectionHistoryBuilder Add(HistoryEvent e)
    {
        _events.Add(e);
        return this;
    }
}
