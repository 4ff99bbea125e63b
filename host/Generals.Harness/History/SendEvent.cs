using Generals.Core.Wire;
using Generals.Harness.Inspect;

namespace Generals.Harness.History;

/// <summary>The `send` history event of a frame the network routes from one general to another, the same in sim and emu.</summary>
public static class SendEvent
{
    /// <summary>The event; protocol frames carry their order and a description, every frame its content hash.</summary>
    public static HistoryEvent For(long timeMs, int from, int to, FrameLayout frame, byte[] bytes)
    {
        long value = 0;
        string? detail = null;
        if (frame.Kind == FrameKind.Protocol)
        {
            byte[] payload = bytes[frame.PayloadOffset..(frame.PayloadOffset + frame.PayloadLength)];
            value = RoundTrace.OrderOf(payload);
            detail = RoundTrace.DescribePayload(payload);
        }

        return new HistoryEvent
        {
            TimeMs = timeMs, Type = HistoryTypes.Send, Node = from, Peer = to, Kind = (int)frame.Kind,
            Incarnation = frame.Incarnation, Sequence = frame.Sequence, Instance = frame.Instance, Round = frame.Round,
            Value = value, Extra = FrameHash.Of(bytes), Detail = detail,
        };
    }
}
