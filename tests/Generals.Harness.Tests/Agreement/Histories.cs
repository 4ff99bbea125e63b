using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Core.Wire;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.History;

namespace Generals.Harness.Tests.Agreement;

/// <summary>Hand-built history events, shaped as the network and node telemetry write them.</summary>
internal static class Histories
{
    public const int Attack = ProtocolCodes.Attack;
    public const int Retreat = ProtocolCodes.Retreat;

    public static AgreementInstance Om(int n, int m, int commander = 1, int order = Attack, params int[] traitors) =>
        new(1, ProtocolCodes.OralMessages, commander, order, m, 100, 10, Enumerable.Range(1, n).ToArray(), traitors.ToHashSet());

    public static HistoryEvent Decide(long timeMs, int node, int value, long instance = 1, int protocol = ProtocolCodes.OralMessages, long incarnation = 1) =>
        new() { TimeMs = timeMs, Type = HistoryType.Decide, General = node, Instance = instance, Value = value, Protocol = protocol, Incarnation = incarnation };

    public static HistoryEvent Send(long timeMs, int from, int to, int round, string detail, long sequence = 0, long instance = 1) =>
        new() { TimeMs = timeMs, Type = HistoryType.Send, From = from, To = to, Kind = FrameKind.Protocol, Instance = instance, Round = round, Sequence = sequence, Payload = detail };

    public static HistoryEvent Deliver(long timeMs, int from, int to, int round, long sequence = 0, long instance = 1) =>
        new() { TimeMs = timeMs, Type = HistoryType.Deliver, From = from, To = to, Kind = FrameKind.Protocol, Instance = instance, Round = round, Sequence = sequence };

    public static HistoryEvent Drop(long timeMs, int from, int to, int round, long sequence = 0, long instance = 1) =>
        new() { TimeMs = timeMs, Type = HistoryType.Drop, From = from, To = to, Kind = FrameKind.Protocol, Instance = instance, Round = round, Sequence = sequence, Reason = "loss" };

    public static HistoryEvent Reject(long timeMs, int node, int from, int detail, long instance = 1) =>
        new() { TimeMs = timeMs, Type = HistoryType.Reject, General = node, From = from, Rejection = RejectReason.ProtocolViolation, Code = detail, Instance = instance };

    public static HistoryEvent Crash(long timeMs, int node) => new() { TimeMs = timeMs, Type = HistoryType.Crash, General = node, RestartAfterMs = -1 };

    public static HistoryEvent Restart(long timeMs, int node) => new() { TimeMs = timeMs, Type = HistoryType.Restart, General = node };

    /// <summary>Every general of an OM instance decides <paramref name="value"/> at the end, except those given in <paramref name="overrides"/>.</summary>
    public static List<HistoryEvent> Decisions(AgreementInstance instance, int value, params (int Node, int Value)[] overrides) =>
        instance.Generals.Select(g => Decide(instance.EndMs, g, overrides.Where(o => o.Node == g).Select(o => o.Value).DefaultIfEmpty(value).First())).ToList();
}
