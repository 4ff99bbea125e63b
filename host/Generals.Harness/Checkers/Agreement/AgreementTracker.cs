using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Core.Wire;
using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// What the agreement checkers read from a history, gathered one event at a time: each general's first decision per
/// (protocol, instance), who is down now, where the plan's clock starts, the harness commands generals refused, which
/// instances showed any activity, the traitors' protocol sends (quoted by witnesses), protocol sends per round, and
/// the start commands sent per instance with the last round's deadline they set. Memory grows with the decisions,
/// refusals and traitor sends, never with the whole history.
/// </summary>
internal sealed class AgreementTracker(IReadOnlyList<AgreementInstance> instances)
{
    private readonly HashSet<int> _traitors = instances.SelectMany(i => i.Traitors).ToHashSet();
    private readonly Dictionary<(long Protocol, long Instance), Dictionary<int, HistoryEvent>> _firstDecisions = [];
    private readonly HashSet<int> _down = [];
    private readonly Dictionary<int, HistoryEvent> _lastCommand = [];
    private readonly List<(HistoryEvent Command, HistoryEvent Reject)> _refusals = [];
    private readonly HashSet<(long Protocol, long Instance)> _reported = [];
    private readonly HashSet<long> _sent = [];
    private readonly Dictionary<long, List<HistoryEvent>> _traitorSends = [];
    private readonly Dictionary<(long Instance, int Round), long> _sendsByRound = [];
    private readonly Dictionary<(long Protocol, long Instance), (int Count, long EndMs)> _starts = [];

    /// <summary>True once the history's `start` line was seen (the plan's clock is then known).</summary>
    public bool PlanStarted { get; private set; }

    /// <summary>The harness time of the `start` line (0 until it is seen: a history made by hand), as <see cref="PlanClock"/> reads it.</summary>
    public long PlanStartMs { get; private set; }

    /// <summary>The latest harness time seen.</summary>
    public long LatestMs { get; private set; }

    /// <summary>Takes the next event; returns it when it is a general's first decision of its instance, else null.</summary>
    public HistoryEvent? Observe(HistoryEvent e)
    {
        LatestMs = Math.Max(LatestMs, e.TimeMs);
        switch (e.Type)
        {
            case HistoryType.Start when !PlanStarted:
                PlanStarted = true;
                PlanStartMs = e.TimeMs;
                break;
            case HistoryType.Decide:
                _reported.Add((e.Protocol, e.Instance));
                return FirstDecisionsOf(e.Protocol, e.Instance).TryAdd(e.General, e) ? e : null;
            case HistoryType.ProtocolSend:
                _reported.Add((e.Protocol, e.Instance));
                break;
            case HistoryType.Send when e.Kind == FrameKind.Protocol:
                _sent.Add(e.Instance);
                _sendsByRound[(e.Instance, e.Round)] = _sendsByRound.GetValueOrDefault((e.Instance, e.Round)) + 1;
                if (_traitors.Contains(e.From))
                {
                    TraitorSendsOf(e.Instance).Add(e);
                }

                break;
            case HistoryType.Crash:
                _down.Add(e.General);
                break;
            case HistoryType.Restart:
                _down.Remove(e.General);
                break;
            case HistoryType.Control:
                _lastCommand[e.General] = e;
                if (e.Command is StartInstanceCommand start)
                {
                    (int count, long endMs) = _starts.GetValueOrDefault((start.Protocol, start.Instance), (0, long.MinValue));
                    _starts[(start.Protocol, start.Instance)] = (count + 1, Math.Max(endMs, e.TimeMs + start.StartDelayMs + ((start.M + 1) * start.RoundMs)));
                }

                break;
            case HistoryType.Reject when e.Rejection == RejectReason.BadControl && e.From == FrameLimits.HarnessId
                && _lastCommand.TryGetValue(e.General, out HistoryEvent? command) && command.Command != null:
                _refusals.Add((command, e));
                break;
        }

        return null;
    }

    /// <summary>Generals down now: at the end of a history, those that crashed and were never restarted (crash-stop).</summary>
    public IReadOnlySet<int> Down => _down;

    /// <summary>The first decision of each general in the instance (empty when none).</summary>
    public IReadOnlyDictionary<int, HistoryEvent> FirstDecisions(AgreementInstance instance) =>
        _firstDecisions.TryGetValue((instance.Protocol, instance.Instance), out Dictionary<int, HistoryEvent>? first) ? first : new Dictionary<int, HistoryEvent>();

    /// <summary>The instance's start commands seen so far.</summary>
    public int StartCommandsSeen(AgreementInstance instance) => _starts.GetValueOrDefault((instance.Protocol, instance.Instance)).Count;

    /// <summary>
    /// The last round's deadline counted from when the instance's start commands were actually sent (the `control` lines'
    /// typed fields), or long.MinValue before any was.
    /// </summary>
    public long SentEndMs(AgreementInstance instance) =>
        _starts.TryGetValue((instance.Protocol, instance.Instance), out (int Count, long EndMs) start) ? start.EndMs : long.MinValue;

    /// <summary>Protocol frames the network carried for the instance number (sends only).</summary>
    public long ProtocolSends(long instance, int round) => _sendsByRound.GetValueOrDefault((instance, round));

    /// <summary>Protocol frames the network carried for the instance number, every round.</summary>
    public long ProtocolSends(long instance) => _sendsByRound.Where(s => s.Key.Instance == instance).Sum(s => s.Value);

    /// <summary>
    /// What the traitors sent to <paramref name="recipients"/> in the instance, one clause per message, for a
    /// witness: "traitor 1 (commander) sent ATTACK path 1 to 2 in round 0". At most <paramref name="max"/> clauses.
    /// </summary>
    public IReadOnlyList<string> TraitorSends(AgreementInstance instance, ISet<int> recipients, int max) =>
        (_traitorSends.TryGetValue(instance.Instance, out List<HistoryEvent>? sends) ? sends : [])
            .Where(s => instance.Traitors.Contains(s.From) && recipients.Contains(s.To))
            .OrderBy(s => s.Round).ThenBy(s => s.From).ThenBy(s => s.To)
            .Take(max)
            .Select(s => $"traitor {instance.Describe(s.From)} sent {AgreementHistory.Message(s)} to {s.To} in round {s.Round}")
            .ToList();

    /// <summary>
    /// Why the instance cannot be judged because a general refused the harness's commands for it, or null: a
    /// BadControl rejection right after a start-instance of this instance (the general refused to run it: arguments
    /// beyond its limits, or a number it already used), or after a set-traitor sent before the instance started (the
    /// traitors are then not those the scenario names). Each rejection is matched to the last command the harness sent
    /// that general before it; commands are read by their typed fields.
    /// </summary>
    public string? Refusal(AgreementInstance instance)
    {
        if (_refusals.Count == 0)
        {
            return null;
        }

        long startMs = PlanStartMs + instance.StartMs;
        var refused = new List<string>();
        foreach ((HistoryEvent command, HistoryEvent reject) in _refusals)
        {
            ControlCommand sent = command.Command!;
            if (AgreementHistory.IsStartOf(sent, instance) || (sent is SetTraitorCommand && command.TimeMs <= startMs))
            {
                refused.Add($"general {reject.General} refused `{ControlFields.Describe(sent)}` at t={reject.TimeMs} ms ({ProtocolViolationName(reject.Code)})");
            }
        }

        return refused.Count == 0 ? null
            : $"instance {instance.Instance} cannot be judged: {string.Join("; ", refused.Take(4))}{(refused.Count > 4 ? $" and {refused.Count - 4} more" : string.Empty)}";
    }

    /// <summary>
    /// Why nothing of the instance can be judged because nothing of it happened (no general decided and no protocol
    /// message of it was sent or reported: the start never arrived, or the run ended first), or null.
    /// </summary>
    public string? NotRun(AgreementInstance instance) =>
        _reported.Contains((instance.Protocol, instance.Instance)) || _sent.Contains(instance.Instance) ? null
            : $"instance {instance.Instance}: nothing of it happened (no decision, no message): did it start?";

    private static string ProtocolViolationName(long detail) => detail switch
    {
        ProtocolViolation.BadStart => "its arguments are beyond the general's limits",
        ProtocolViolation.DuplicateInstance => "the general already ran an instance with this number",
        ProtocolViolation.BadTraitor => "an unknown traitor strategy",
        _ => $"detail {detail}",
    };

    private Dictionary<int, HistoryEvent> FirstDecisionsOf(long protocol, long instance)
    {
        if (!_firstDecisions.TryGetValue((protocol, instance), out Dictionary<int, HistoryEvent>? first))
        {
            first = [];
            _firstDecisions[(protocol, instance)] = first;
        }

        return first;
    }

    private List<HistoryEvent> TraitorSendsOf(long instance)
    {
        if (!_traitorSends.TryGetValue(instance, out List<HistoryEvent>? sends))
        {
            sends = [];
            _traitorSends[instance] = sends;
        }

        return sends;
    }
}
