using System.Globalization;
using System.Text;
using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Core.Wire;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.History;

namespace Generals.Harness.Inspect;

/// <summary>
/// A readable round-by-round trace of one protocol instance from its history: per round, every message
/// (sender -> receiver, order and path or signature chain, and whether it arrived in time), then rejections and
/// decisions. The explorer prints it as a witness and writes it to the run folder. The network fills a Protocol
/// send's Payload with <see cref="DescribePayload"/>.
/// </summary>
public static class RoundTrace
{
    /// <summary>"ATTACK path 1>3", "RETREAT chain 1,3", "messenger 2 ATTACK", "ack 2": a Protocol payload in words.</summary>
    public static string DescribePayload(byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Length == 0)
        {
            return "empty payload";
        }

        switch (payload[0])
        {
            case ProtocolCodes.OralMessages:
                int[]? path = OralMessagePayload.TryDecode(payload, out int order);
                return path is null ? $"malformed OM payload ({payload.Length} bytes)" : $"{ProtocolCodes.OrderName(order)} path {OralMessagePayload.PathText(path, path.Length)}";
            case ProtocolCodes.SignedMessages:
                SignedChain? chain = SignedChain.TryDecode(payload);
                return chain is null ? $"malformed SM payload ({payload.Length} bytes)" : $"{ProtocolCodes.OrderName(chain.Order)} chain {chain.SignersText()}";
            case ProtocolCodes.TwoGenerals when payload.Length == 5:
                int number = Bytes.ReadUInt16(payload, 3);
                return payload[1] == TwoGenerals.Messenger
                    ? $"messenger {number} {ProtocolCodes.OrderName(payload[2])}"
                    : $"ack {number} {ProtocolCodes.OrderName(payload[2])}";
            default:
                return $"protocol {payload[0]} ({payload.Length} bytes)";
        }
    }

    /// <summary>The trace of <paramref name="instance"/>.</summary>
    public static string Render(IReadOnlyList<HistoryEvent> history, AgreementInstance instance)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(instance);
        var text = new StringBuilder();
        string traitors = instance.Traitors.Count == 0 ? "none" : string.Join(", ", instance.Traitors.Order());
        Line(text, $"instance {instance.Instance}: {instance.ProtocolName}, generals {string.Join(" ", instance.Generals)}, "
            + $"commander {instance.Commander} orders {ProtocolCodes.OrderName(instance.Order)}, traitors: {traitors}");

        var arrivals = Arrivals(history, instance.Instance);
        var sends = AgreementHistory.ProtocolSends(history, instance.Instance).ToList();
        long planStartMs = PlanClock.StartMs(history);
        foreach (IGrouping<int, HistoryEvent> round in sends.GroupBy(s => s.Round).OrderBy(g => g.Key))
        {
            long opensMs = planStartMs + instance.StartMs + ((long)round.Key * instance.RoundMs);
            long deadlineMs = opensMs + instance.RoundMs;
            Line(text, instance.Protocol == ProtocolCodes.TwoGenerals
                ? $"messenger {round.Key}"
                : $"round {round.Key} ({opensMs}..{deadlineMs} ms)");
            foreach (HistoryEvent send in round.OrderBy(s => s.TimeMs).ThenBy(s => s.From).ThenBy(s => s.To))
            {
                string role = instance.Traitors.Contains(send.From) ? " [traitor]" : string.Empty;
                string fate = Fate(arrivals, send, instance.Protocol == ProtocolCodes.TwoGenerals ? long.MaxValue : deadlineMs);
                Line(text, $"  {send.TimeMs,6} ms  {send.From,3} -> {send.To,-3} {AgreementHistory.Message(send),-24}{role} {fate}");
            }
        }

        var rejections = history.Where(e => e.Type == HistoryType.Reject && e.Rejection == RejectReason.ProtocolViolation).ToList();
        if (rejections.Count > 0)
        {
            Line(text, "rejections");
            foreach (HistoryEvent reject in rejections)
            {
                Line(text, $"  {reject.TimeMs,6} ms  {reject.General} rejected a message from {reject.From}: {ProtocolViolation.Name(reject.Code)}");
            }
        }

        Line(text, "decisions");
        foreach (HistoryEvent decision in AgreementHistory.Decisions(history, instance).OrderBy(d => d.TimeMs).ThenBy(d => d.General))
        {
            string role = instance.Traitors.Contains(decision.General) ? "traitor" : decision.General == instance.Commander ? "commander" : "lieutenant";
            Line(text, $"  {decision.TimeMs,6} ms  {decision.General} ({role}) decided {ProtocolCodes.OrderName(decision.Value)}");
        }

        return text.ToString();
    }

    private static Dictionary<(int From, int To, long Sequence), HistoryEvent> Arrivals(IReadOnlyList<HistoryEvent> history, long instance)
    {
        var arrivals = new Dictionary<(int, int, long), HistoryEvent>();
        foreach (HistoryEvent e in history.Where(e => e.Instance == instance && e.Kind == FrameKind.Protocol
            && (e.Type == HistoryType.Deliver || e.Type == HistoryType.Drop)))
        {
            arrivals.TryAdd((e.From, e.To, e.Sequence), e);
        }

        return arrivals;
    }

    private static string Fate(Dictionary<(int From, int To, long Sequence), HistoryEvent> arrivals, HistoryEvent send, long deadlineMs)
    {
        if (!arrivals.TryGetValue((send.From, send.To, send.Sequence), out HistoryEvent? arrival))
        {
            return "(in flight)";
        }

        if (arrival.Type == HistoryType.Drop)
        {
            return string.IsNullOrEmpty(arrival.Reason) ? "dropped" : $"dropped ({arrival.Reason})";
        }

        return arrival.TimeMs >= deadlineMs
            ? $"arrived {arrival.TimeMs} ms, LATE"
            : $"arrived {arrival.TimeMs} ms";
    }

    private static void Line(StringBuilder text, string line) => text.Append(line.TrimEnd()).Append('\n');
}
