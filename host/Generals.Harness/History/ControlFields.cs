using Generals.Core.Node;

namespace Generals.Harness.History;

/// <summary>
/// The fields a `control` line carries after `general` and `command`, per command: the named fields of Core's typed
/// command (<see cref="ControlCommand"/>), in wire order. One table, read by the writer, the schema and docs/history.md.
/// </summary>
public static class ControlFields
{
    /// <summary>Every command: its history name (`send-stream`, `start-instance`, ...) and its fields.</summary>
    public static IReadOnlyList<(ControlType Type, string Name, IReadOnlyList<HistoryField> Fields)> All { get; } =
    [
        (ControlType.SendStream, HistoryNames.Of(ControlType.SendStream),
        [
            Field<SendStreamCommand>("to", "the general the stream goes to", c => c.To),
            Field<SendStreamCommand>("count", "how many messages", c => c.Count),
            Field<SendStreamCommand>("interval_ms", "milliseconds between two messages", c => c.IntervalMs),
            Field<SendStreamCommand>("first_message", "the first message's id; the others follow", c => c.FirstMessageId),
        ]),
        (ControlType.StartInstance, HistoryNames.Of(ControlType.StartInstance),
        [
            Field<StartInstanceCommand>("protocol", "1 Two Generals, 2 OM(m), 3 SM(m)", c => c.Protocol),
            Field<StartInstanceCommand>("instance", "the instance number", c => c.Instance),
            Field<StartInstanceCommand>("commander", "the commanding general", c => c.Commander),
            Field<StartInstanceCommand>("order", "the commander's order: 0 RETREAT, 1 ATTACK", c => c.Order),
            Field<StartInstanceCommand>("m", "OM/SM: the traitors tolerated; Two Generals: the acknowledgements the commander needs", c => c.M),
            Field<StartInstanceCommand>("round_ms", "the round length (Two Generals: the retry interval)", c => c.RoundMs),
            Field<StartInstanceCommand>("start_delay_ms", "round 0 starts this long after the command arrives", c => c.StartDelayMs),
            Field<StartInstanceCommand>("messengers", "Two Generals: the messengers the commander sends; 0 for OM and SM", c => c.Messengers),
        ]),
        (ControlType.SetTraitor, HistoryNames.Of(ControlType.SetTraitor),
        [
            Field<SetTraitorCommand>("strategy", "0 loyal, 1 silent, 2 equivocate, 3 random, 4 collude, 5 forge, 6 replay, 7 late", c => c.Strategy),
            Field<SetTraitorCommand>("parameter", "the strategy's parameter", c => c.Parameter),
            Field<SetTraitorCommand>("plan_seed", "the traitor plan's seed, as a signed 64-bit number", c => c.PlanSeed),
        ]),
        (ControlType.StartDetector, HistoryNames.Of(ControlType.StartDetector),
        [
            Field<StartDetectorCommand>("detector", "1 fixed timeout, 2 adaptive timeout, 3 phi accrual", c => c.Kind),
            Field<StartDetectorCommand>("heartbeat_interval_ms", "milliseconds between two heartbeats", c => c.HeartbeatIntervalMs),
            Field<StartDetectorCommand>("timeout_ms", "the timeout (phi accrual: 0 for the preset)", c => c.TimeoutMs),
            Field<StartDetectorCommand>("jitter_ms", "the most each heartbeat is sent late", c => c.JitterMs),
        ]),
        (ControlType.ReportCounters, HistoryNames.Of(ControlType.ReportCounters), []),
    ];

    /// <summary>The history name of a command's type.</summary>
    public static string NameOf(ControlType type) => All.First(c => c.Type == type).Name;

    /// <summary>The fields of a command's type.</summary>
    public static IReadOnlyList<HistoryField> FieldsOf(ControlType type) => All.First(c => c.Type == type).Fields;

    /// <summary>"start-instance protocol=2 instance=1 ...": a command in words, for a witness.</summary>
    public static string Describe(ControlCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var e = new HistoryEvent { TimeMs = 0, Type = HistoryType.Control, Command = command };
        return string.Join(' ', FieldsOf(command.Type).Select(f => $"{f.Name}={f.TextOf(e)}").Prepend(NameOf(command.Type)));
    }

    private static HistoryField Field<T>(string name, string meaning, Func<T, long> read)
        where T : ControlCommand =>
        HistoryField.Integer(name, meaning, e => read((T)e.Command!));
}
