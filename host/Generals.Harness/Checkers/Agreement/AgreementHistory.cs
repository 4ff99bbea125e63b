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
        history.Where(e => e.Type == HistoryType.Decide && e.Instance == instance.Instance && e.Protocol == instance.Protocol);

    /// <summary>
    /// The first decision of each general for every (protocol, instance), indexed in one pass: checkers that judge
    /// many instances look them up here instead of scanning the history once per instance.
    /// </summary>
    public static IReadOnlyDictionary<(long Protocol, long Instance), IReadOnlyDictionary<int, HistoryEvent>> FirstDecisionsByInstance(
        IReadOnlyList<HistoryEvent> history)
    {
        var index = new Dictionary<(long, long), Dictionary<int, HistoryEvent>>();
        foreach (HistoryEvent decision in history.Where(e => e.Type == HistoryType.Decide))
        {
            if (!index.TryGetValue((decision.Protocol, decision.Instance), out Dictionary<int, HistoryEvent>? first))
            {
                first = [];
                index[(decision.Protocol, decision.Instance)] = first;
            }

            first.TryAdd(decision.General, decision);
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
        history.Where(e => e.Type == HistoryType.Send && e.Kind == FrameKind.Protocol && e.Instance == instance);

    /// <summary>Generals that crashed and were never restarted afterwards (crash-stop): they owe no decision.</summary>
    public static ISet<int> Stopped(IReadOnlyList<HistoryEvent> history)
    {
        var stopped = new HashSet<int>();
        foreach (HistoryEvent e in history)
        {
            if (e.Type == HistoryType.Crash)
            {
                stopped.Add(e.General);
            }
            else if (e.Type == HistoryType.Restart)
            {
                stopped.Remove(e.General);
            }
        }

        return stopped;
    }

    /// <summary>"ATTACK path 1>3": what a protocol frame carried, as the network wrote it from the payload.</summary>
    public static string Message(HistoryEvent send) => send.Payload.Length == 0 ? "(no payload)" : send.Payload;

    /// <summary>
    /// What the traitors sent to <paramref name="recipients"/> in the instance, one clause per message, for a
    /// witness: "traitor 1 (commander) sent ATTACK path 1 to 2 in round 0". At most <paramref name="max"/> clauses.
    /// </summary>
    public static IReadOnlyList<string> TraitorSends(IReadOnlyList<HistoryEvent> history, AgreementInstance instance, ISet<int> recipients, int max)
    {
        return ProtocolSends(history, instance.Instance)
            .Where(s => instance.Traitors.Contains(s.From) && recipients.Contains(s.To))
            .OrderBy(s => s.Round).ThenBy(s => s.From).ThenBy(s => s.To)
            .Take(max)
            .Select(s => $"traitor {instance.Describe(s.From)} sent {Message(s)} to {s.To} in round {s.Round}")
            .ToList();
    }

    /// <summary>
    /// Why the instance cannot be judged because a general refused the harness's commands for it, or null: a
    /// BadControl rejection right after a start-instance of this instance (the general refused to run it: arguments
    /// beyond its limits, or a number it already used), or after a set-traitor sent before the instance started (the
    /// traitors are then not those the scenario names). Each rejection is matched to the last command the harness sent
    /// that general before it; commands are read by their typed fields.
    /// </summary>
    public static string? Refusal(IReadOnlyList<HistoryEvent> history, AgreementInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        long startMs = PlanClock.StartMs(history) + instance.StartMs;
        var lastCommand = new Dictionary<int, HistoryEvent>();
        var refused = new List<string>();
        foreach (HistoryEvent e in history)
        {
            if (e.Type == HistoryType.Control)
            {
                lastCommand[e.General] = e;
            }
            else if (e.Type == HistoryType.Reject && e.Rejection == RejectReason.BadControl && e.From == FrameLimits.HarnessId
                && lastCommand.TryGetValue(e.General, out HistoryEvent? command) && command.Command is { } sent)
            {
                if (IsStartOf(sent, instance) || (sent is SetTraitorCommand && command.TimeMs <= startMs))
                {
                    refused.Add($"general {e.General} refused `{ControlFields.Describe(sent)}` at t={e.TimeMs} ms ({ProtocolViolationName(e.Code)})");
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
            && ((e.Type == HistoryType.Decide && e.Protocol == instance.Protocol)
                || (e.Type == HistoryType.ProtocolSend && e.Protocol == instance.Protocol)
                || (e.Type == HistoryType.Send && e.Kind == FrameKind.Protocol)));
        return happened ? null : $"instance {instance.Instance}: nothing of it happened (no decision, no message): did it start?";
    }

    /// <summary>True when <paramref name="command"/> starts <paramref name="instance"/>.</summary>
    public static bool IsStartOf(ControlCommand command, AgreementInstance instance) =>
        command is StartInstanceCommand start && start.Protocol == instance.Protocol && start.Instance == instance.Instance;

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
