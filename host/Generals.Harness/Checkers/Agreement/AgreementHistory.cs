using System.Globalization;
using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Core.Wire;
using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>Reads what the agreement checkers need out of a history: decisions, protocol sends, faults.</summary>
public static class AgreementHistory
{
    public const int TwoGenerals = ProtocolCodes.TwoGenerals;
    public const int OralMessages = ProtocolCodes.OralMessages;
    public const int SignedMessages = ProtocolCodes.SignedMessages;

    /// <summary>Every decide event of the instance, in history order.</summary>
    public static IEnumerable<HistoryEvent> Decisions(IReadOnlyList<HistoryEvent> history, AgreementInstance instance) =>
        history.Where(e => e.Type == HistoryTypes.Decide && e.Instance == instance.Instance && e.Extra == instance.Protocol);

    /// <summary>
    /// The first decision of each general for every (protocol, instance), indexed in one pass: checkers that judge
    /// many instances look them up here instead of scanning the history once per instance.
    /// </summary>
    public static IReadOnlyDictionary<(long Protocol, long Instance), IReadOnlyDictionary<int, HistoryEvent>> FirstDecisionsByInstance(
        IReadOnlyList<HistoryEvent> history)
    {
        var index = new Dictionary<(long, long), Dictionary<int, HistoryEvent>>();
        foreach (HistoryEvent decision in history.Where(e => e.Type == HistoryTypes.Decide))
        {
            if (!index.TryGetValue((decision.Extra, decision.Instance), out Dictionary<int, HistoryEvent>? first))
            {
                first = [];
                index[(decision.Extra, decision.Instance)] = first;
            }

            first.TryAdd(decision.Node, decision);
        }

        return index.ToDictionary(i => i.Key, i => (IReadOnlyDictionary<int, HistoryEvent>)i.Value);
    }

    /// <summary>The instance's first decisions from an index built by <see cref="FirstDecisionsByInstance"/> (empty when none).</summary>
    public static IReadOnlyDictionary<int, HistoryEvent> FirstDecisions(
        IReadOnlyDictionary<(long Protocol, long Instance), IReadOnlyDictionary<int, HistoryEvent>> index, AgreementInstance instance) =>
        index.TryGetValue((instance.Protocol, instance.Instance), out IReadOnlyDictionary<int, HistoryEvent>? first)
            ? first
            : new Dictionary<int, HistoryEvent>();

    /// <summary>Protocol frames the network carried for the instance (sends only, not deliveries).</summary>
    public static IEnumerable<HistoryEvent> ProtocolSends(IReadOnlyList<HistoryEvent> history, long instance) =>
        history.Where(e => e.Type == HistoryTypes.Send && e.Kind == (int)FrameKind.Protocol && e.Instance == instance);

    /// <summary>Generals that crashed and were never restarted afterwards (crash-stop): they owe no decision.</summary>
    public static ISet<int> Stopped(IReadOnlyList<HistoryEvent> history)
    {
        var stopped = new HashSet<int>();
        foreach (HistoryEvent e in history)
        {
            if (e.Type == HistoryTypes.Crash)
            {
                stopped.Add(e.Node);
            }
            else if (e.Type == HistoryTypes.Restart)
            {
                stopped.Remove(e.Node);
            }
        }

        return stopped;
    }

    /// <summary>"ATTACK path 1>3" from the send's detail (written by the network from the payload), else its order value.</summary>
    public static string Message(HistoryEvent send) =>
        string.IsNullOrEmpty(send.Detail) ? ProtocolCodes.OrderName(send.Value) : send.Detail;

    /// <summary>
    /// What the traitors sent to <paramref name="recipients"/> in the instance, one clause per message, for a
    /// witness: "traitor 1 (commander) sent ATTACK path 1 to 2 in round 0". At most <paramref name="max"/> clauses.
    /// </summary>
    public static IReadOnlyList<string> TraitorSends(IReadOnlyList<HistoryEvent> history, AgreementInstance instance, ISet<int> recipients, int max)
    {
        return ProtocolSends(history, instance.Instance)
            .Where(s => instance.Traitors.Contains(s.Node) && recipients.Contains(s.Peer))
            .OrderBy(s => s.Round).ThenBy(s => s.Node).ThenBy(s => s.Peer)
            .Take(max)
            .Select(s => $"traitor {instance.Describe(s.Node)} sent {Message(s)} to {s.Peer} in round {s.Round}")
            .ToList();
    }

    /// <summary>
    /// Why the instance cannot be judged because a general refused the harness's commands for it, or null: a
    /// BadControl rejection right after a start-instance of this instance (the general refused to run it: arguments
    /// beyond its limits, or a number it already used), or after a set-traitor sent before the instance started (the
    /// traitors are then not those the scenario names). Each rejection is matched to the last command the harness sent
    /// that general before it.
    /// </summary>
    public static string? Refusal(IReadOnlyList<HistoryEvent> history, AgreementInstance instance)
    {
        var lastCommand = new Dictionary<int, HistoryEvent>();
        var refused = new List<string>();
        foreach (HistoryEvent e in history)
        {
            if (e.Type == HistoryTypes.Control)
            {
                lastCommand[e.Node] = e;
            }
            else if (e.Type == HistoryTypes.Reject && e.Value == (long)RejectReason.BadControl && e.Peer == FrameLimits.HarnessId
                && lastCommand.TryGetValue(e.Node, out HistoryEvent? command) && command.Detail is string detail)
            {
                if (IsStartOf(detail, instance) || (detail.StartsWith("set-traitor", StringComparison.Ordinal) && command.TimeMs <= instance.StartMs))
                {
                    refused.Add($"general {e.Node} refused `{detail}` at t={e.TimeMs} ms ({ProtocolViolationName(e.Extra)})");
                }
            }
        }

        return refused.Count == 0 ? null
            : $"instance {instance.Instance} cannot be judged: {string.Join("; ", refused.Take(4))}{(refused.Count > 4 ? $" and {refused.Count - 4} more" : string.Empty)}";
    }

    /// <summary>
    /// Why nothing of the instance can be judged because nothing of it happened (no general decided and no protocol
    /// message of it was sent or reported: the start never arrived, or the run ended first), or null.
    /// </summary>
    public static string? NotRun(IReadOnlyList<HistoryEvent> history, AgreementInstance instance)
    {
        bool happened = history.Any(e => e.Instance == instance.Instance
            && ((e.Type == HistoryTypes.Decide && e.Extra == instance.Protocol)
                || (e.Type == HistoryTypes.ProtocolSend && e.Extra == instance.Protocol)
                || (e.Type == HistoryTypes.Send && e.Kind == (int)FrameKind.Protocol)));
        return happened ? null : $"instance {instance.Instance}: nothing of it happened (no decision, no message): did it start?";
    }

    private static bool IsStartOf(string detail, AgreementInstance instance)
    {
        const string prefix = "start-instance ";
        if (!detail.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        string[] args = detail[prefix.Length..].Split(',');
        return args.Length > 1 && args[0] == instance.Protocol.ToString(CultureInfo.InvariantCulture)
            && args[1] == instance.Instance.ToString(CultureInfo.InvariantCulture);
    }

    private static string ProtocolViolationName(long detail) => detail switch
    {
        ProtocolViolation.BadStart => "its arguments are beyond the general's limits",
        ProtocolViolation.DuplicateInstance => "the general already ran an instance with this number",
        ProtocolViolation.BadTraitor => "an unknown traitor strategy",
        _ => $"detail {detail}",
    };

    /// <summary>"ATTACK" or "RETREAT".</summary>
    public static string Order(long order) => ProtocolCodes.OrderName(order);
}
