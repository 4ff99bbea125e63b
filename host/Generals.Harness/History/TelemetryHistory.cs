using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Harness.History;

/// <summary>Turns a general's telemetry (Event frames on its events topic) into history lines, field by named field.</summary>
public static class TelemetryHistory
{
    /// <summary>
    /// The history line of one Event frame that <see cref="TelemetryAuthenticator"/> admitted, or null when its payload is
    /// not a telemetry event (<see cref="TelemetryCodec"/>).
    /// </summary>
    public static HistoryEvent? Translate(Frame frame, long timeMs)
    {
        ArgumentNullException.ThrowIfNull(frame);
        TelemetryEvent? telemetry = TelemetryCodec.TryDecode(frame.Payload);
        return telemetry == null ? null : Translate(telemetry, frame.Route.From, frame.Stamp.Incarnation, timeMs);
    }

    /// <summary>
    /// The history line of <paramref name="telemetry"/> from <paramref name="general"/> (stamped with <paramref name="incarnation"/>).
    /// The two lines every delivery makes (app-send, app-deliver) are built in one step each: a simulator makes millions.
    /// </summary>
    public static HistoryEvent Translate(TelemetryEvent telemetry, int general, long incarnation, long timeMs)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        switch (telemetry)
        {
            case AppSentEvent sent:
                return new HistoryEvent
                {
                    TimeMs = timeMs, Type = HistoryType.AppSend, General = general, Incarnation = incarnation, To = sent.To,
                    Message = sent.MessageId, Hash = sent.ContentHash,
                };
            case AppDeliveredEvent delivered:
                return new HistoryEvent
                {
                    TimeMs = timeMs, Type = HistoryType.AppDeliver, General = general, Incarnation = incarnation, From = delivered.From,
                    Message = delivered.MessageId, Hash = delivered.ContentHash, DeliveryIndex = delivered.DeliveryIndex,
                    SenderIncarnation = delivered.SenderIncarnation,
                };
        }

        var e = new HistoryEvent { TimeMs = timeMs, Type = HistoryType.Boot, General = general, Incarnation = incarnation };
        return telemetry switch
        {
            BootedEvent t => e with { Incarnation = t.Incarnation },
            AppAckedEvent t => e with { Type = HistoryType.AppAck, To = t.To, Message = t.MessageId },
            DecidedEvent t => e with { Type = HistoryType.Decide, Protocol = t.Protocol, Instance = t.Instance, Value = t.Value, Round = t.Round },
            ProtocolSentEvent t => e with { Type = HistoryType.ProtocolSend, Protocol = t.Protocol, Instance = t.Instance, Round = t.Round, To = t.To },
            SuspectEvent t => e with { Type = HistoryType.Suspect, Peer = t.Peer, PeerIncarnation = t.PeerIncarnation },
            TrustEvent t => e with { Type = HistoryType.Trust, Peer = t.Peer, PeerIncarnation = t.PeerIncarnation },
            RejectedEvent t => e with { Type = HistoryType.Reject, Rejection = t.Reason, From = t.From, Code = t.Detail, Instance = t.Instance },
            KeyExhaustedEvent => e with { Type = HistoryType.KeyExhausted, Report = telemetry },
            SelfTestEvent => e with { Type = HistoryType.SelfTest, Report = telemetry },
            BootFailedEvent => e with { Type = HistoryType.BootFailed, Report = telemetry },
            SignFailedEvent => e with { Type = HistoryType.SignFailed, Report = telemetry },
            CounterExhaustedEvent => e with { Type = HistoryType.CounterExhausted, Report = telemetry },
            BoardBootedEvent => e with { Type = HistoryType.BoardBooted, Report = telemetry },
            _ => throw new ArgumentOutOfRangeException(nameof(telemetry), telemetry.Type, "a telemetry event without a history type"),
        };
    }
}
