using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Harness.History;

/// <summary>Turns a general's telemetry (Event frames on its events topic) into history events.</summary>
public static class TelemetryHistory
{
    /// <summary>
    /// The history event for one Event frame that <see cref="TelemetryAuthenticator"/> admitted, or null when its payload
    /// is not a value record.
    /// </summary>
    public static HistoryEvent? Translate(Frame frame, long timeMs)
    {
        ArgumentNullException.ThrowIfNull(frame);
        long[]? v = ValueRecord.TryDecode(frame.Payload, out int type);
        if (v == null)
        {
            return null;
        }

        var e = new TelemetryEvent((TelemetryType)type, v);
        int node = frame.Route.From;
        long incarnation = frame.Stamp.Incarnation;
        HistoryEvent Make(string t) => new() { TimeMs = timeMs, Type = t, Node = node, Incarnation = incarnation };
        return e.Type switch
        {
            TelemetryType.Booted => Make(HistoryTypes.Boot) with { Incarnation = e.Value(0) },
            TelemetryType.AppSent => Make(HistoryTypes.AppSend) with { Peer = (int)e.Value(0), Sequence = e.Value(1), Value = e.Value(2) },
            TelemetryType.AppDelivered => Make(HistoryTypes.AppDeliver) with
            {
                Peer = (int)e.Value(0), Sequence = e.Value(1), Value = e.Value(2), Extra = e.Value(3), Incarnation = e.Value(4),
            },
            TelemetryType.AppAcked => Make(HistoryTypes.AppAck) with { Peer = (int)e.Value(0), Sequence = e.Value(1) },
            TelemetryType.Decided => Make(HistoryTypes.Decide) with
            {
                Extra = e.Value(0), Instance = e.Value(1), Value = e.Value(2), Round = (int)e.Value(3),
            },
            TelemetryType.Suspect => Make(HistoryTypes.Suspect) with { Peer = (int)e.Value(0), Incarnation = e.Value(1) },
            TelemetryType.Trust => Make(HistoryTypes.Trust) with { Peer = (int)e.Value(0), Incarnation = e.Value(1) },
            TelemetryType.Rejected => Make(HistoryTypes.Reject) with
            {
                Value = e.Value(0), Peer = (int)e.Value(1), Extra = e.Value(2), Instance = e.Value(3), Detail = ((RejectReason)e.Value(0)).ToString(),
            },
            TelemetryType.KeyExhausted => Make(HistoryTypes.KeyExhausted) with { Value = e.Value(0) },
            TelemetryType.ProtocolSent => Make(HistoryTypes.ProtocolSend) with
            {
                Extra = e.Value(0), Instance = e.Value(1), Round = (int)e.Value(2), Peer = (int)e.Value(3),
            },
            TelemetryType.SelfTest => Make(HistoryTypes.SelfTest) with { Value = e.Value(1), Extra = e.Value(0), Sequence = e.Value(2) },
            TelemetryType.BootFailed => Make(HistoryTypes.BootFailed) with
            {
                Value = e.Value(0), Detail = ((BootFailure)e.Value(0)).ToString() + " " + PackedText.Unpack(e.Values, 1),
            },
            TelemetryType.SignFailed => Make(HistoryTypes.SignFailed) with
            {
                Value = e.Value(0), Extra = e.Value(1), Detail = ((Core.Crypto.SignError)e.Value(0)).ToString(),
            },
            TelemetryType.CounterExhausted => Make(HistoryTypes.CounterExhausted) with
            {
                Value = e.Value(0), Detail = ((ExhaustedCounter)e.Value(0)).ToString(),
            },
            TelemetryType.BoardBooted => Make(HistoryTypes.BoardBooted) with
            {
                Value = e.Value(3), Extra = e.Value(1), Sequence = e.Value(5),
                Detail = FirmwareVersion(e.Value(0)) + " " + ((Core.Runtime.BoardResetCause)e.Value(2)).ToString() + " self-test "
                    + ((Core.Crypto.SelfTestResult)e.Value(4)).ToString(),
            },
            _ => Make("telemetry-" + type.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    // major.minor.patch of a version packed by Core's BootReport.Version.
    private static string FirmwareVersion(long packed) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture, $"{(packed >> 16) & 0xFF}.{(packed >> 8) & 0xFF}.{packed & 0xFF}");
}
