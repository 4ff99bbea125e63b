using Generals.Core.Wire;
using Generals.Harness.Inspect;
using Generals.Harness.Network;

namespace Generals.Harness.History;

/// <summary>The history lines of a frame the network routes from one general to another, the same in sim and emu.</summary>
public static class SendEvent
{
    /// <summary>The `send` line: the frame's stamp and content hash; a protocol frame's payload in words.</summary>
    public static HistoryEvent For(long timeMs, int from, int to, FrameLayout frame, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        string payload = "";
        if (frame.Kind == FrameKind.Protocol)
        {
            payload = RoundTrace.DescribePayload(bytes[frame.PayloadOffset..(frame.PayloadOffset + frame.PayloadLength)]);
        }

        return new HistoryEvent
        {
            TimeMs = timeMs, Type = HistoryType.Send, From = from, To = to, Kind = frame.Kind,
            Incarnation = frame.Incarnation, Sequence = frame.Sequence, Instance = frame.Instance, Round = frame.Round,
            Hash = FrameHash.Of(bytes), Payload = payload,
        };
    }

    /// <summary>The line of what the nemesis did with one copy of <paramref name="sent"/> (any action but a plain delivery).</summary>
    public static HistoryEvent Fate(HistoryEvent sent, NemesisAction action)
    {
        ArgumentNullException.ThrowIfNull(sent);
        return sent with
        {
            Type = action.Type, Reason = action.Deliver ? "" : action.Reason, DelayMs = action.Deliver ? action.DelayMs : 0,
            Bits = action.Bits, Claimed = action.Claimed,
        };
    }

    /// <summary>The `deliver` line of <paramref name="sent"/> at <paramref name="timeMs"/>.</summary>
    public static HistoryEvent Delivered(HistoryEvent sent, long timeMs) => sent with { TimeMs = timeMs, Type = HistoryType.Deliver };

    /// <summary>The `drop` line of <paramref name="sent"/> at <paramref name="timeMs"/>, for <paramref name="reason"/>.</summary>
    public static HistoryEvent Dropped(HistoryEvent sent, long timeMs, string reason) => sent with { TimeMs = timeMs, Type = HistoryType.Drop, Reason = reason };
}
