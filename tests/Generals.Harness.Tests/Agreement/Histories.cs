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
        new() { TimeMs = timeMs, Type = HistoryTypes.Decide, Node = node, Instance = instance, Value = value, Extra = protocol, Incarnation = incarnation };

    public static HistoryEvent Send(long timeMs, int from, int to, int round, string detail, long sequence = 0, long instance = 1) =>
        new() { TimeMs = timeMs, Type = HistoryTypes.Send, Node = from, Peer = to, Kind = (int)FrameKind.Protocol, Instance = instance, Round = round, Sequence = sequence, Detail = detail };

    public static HistoryEvent Deliver(long timeMs, int from, int to, int round, long sequence = 0, long instance = 1) =>
        new() { TimeMs = timeMs, Type = HistoryTypes.Deliver, Node = from, Peer = to, Kind = (int)FrameKind.Protocol, Instance = instance, Round = round, Sequence = sequence };

    public static HistoryEvent Drop(long timeMs, int from, int to, int round, long sequence = 0, long instance = 1) =>
        new() { TimeMs = timeMs, Type = HistoryTypes.Drop, Node = from, Peer = to, Kind = (int)FrameKind.Protocol, Instance = instance, Round = round, Sequence = sequence, Detail = "loss" };

    public static HistoryEvent Reject(long timeMs, int node, int from, int detail, long instance = 1) =>
        new() { TimeMs = timeMs, Type = HistoryTypes.Reject, Node = node, Peer = from, Value = (long)RejectReason.ProtocolViolation, Extra = detail, Instance = instance, Detail = nameof(RejectReason.ProtocolViolation) };

    public static HistoryEvent Crash(long timeMs, int node) => new() { TimeMs = timeMs, Type = HistoryTypes.Crash, Node = node };

    public static HistoryEvent Restart(long timeMs, int node) => new() { TimeMs = timeMs, Type = HistoryTypes.Restart, Node = node };

    /// <summary>Every general of an OM instance decides <paramref name="value"/> at the end, except those given in <paramref name="overrides"/>.</summary>
    public static List<HistoryEvent> Decisions(AgreementInstance instance, int value, params (int Node, int Value)[] overrides) =>
        instance.Generals.Select(g => Decide(instance.EndMs, g, overrides.Where(o => o.Node == g).Select(o => o.Value).DefaultIfEmpty(value).First())).ToList();
}
