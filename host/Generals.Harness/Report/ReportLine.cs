using System.Text.Json;

namespace Generals.Harness.Report;

/// <summary>
/// One line of history.jsonl as the report reads it back: the fields its pictures use (docs/history.md names them), the
/// ones a type does not carry left at zero or empty, and the line itself for hover text.
/// </summary>
public sealed record ReportLine
{
    /// <summary>`t`: harness milliseconds since the run started.</summary>
    public long TimeMs { get; init; }

    /// <summary>`type`, as history.jsonl names it ("deliver", "partition-start").</summary>
    public string Type { get; init; } = "";

    public int General { get; init; }

    public int From { get; init; }

    public int To { get; init; }

    public int Peer { get; init; }

    public string Kind { get; init; } = "";

    public long Incarnation { get; init; }

    public long Sequence { get; init; }

    public long Instance { get; init; }

    public long Hash { get; init; }

    public long Round { get; init; }

    public long Value { get; init; }

    public long Protocol { get; init; }

    public int Partition { get; init; }

    public string Payload { get; init; } = "";

    /// <summary>`command` of a control line (start-instance, set-traitor, ...).</summary>
    public string Command { get; init; } = "";

    /// <summary>`commander` of a start-instance command.</summary>
    public int Commander { get; init; }

    /// <summary>`m` of a start-instance command: the traitors OM(m) or SM(m) is run for.</summary>
    public int M { get; init; }

    /// <summary>`strategy` of a set-traitor command (0: loyal).</summary>
    public long Strategy { get; init; }

    /// <summary>`order` of a start-instance command: 0 RETREAT, 1 ATTACK.</summary>
    public long Order { get; init; }

    public string Reason { get; init; } = "";

    public string Detail { get; init; } = "";

    /// <summary>The line as written, for hover text (escaped when rendered).</summary>
    public string Text { get; init; } = "";

    /// <summary>Reads one line; false (and no exception) for text that is not a JSON object with a numeric `t` and a `type`.</summary>
    public static bool TryParse(string text, out ReportLine line)
    {
        ArgumentNullException.ThrowIfNull(text);
        line = new ReportLine();
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            JsonElement e = document.RootElement;
            if (e.ValueKind != JsonValueKind.Object
                || !e.TryGetProperty("t", out JsonElement t) || t.ValueKind != JsonValueKind.Number || !t.TryGetInt64(out long timeMs)
                || !e.TryGetProperty("type", out JsonElement type) || type.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            line = new ReportLine
            {
                TimeMs = timeMs, Type = type.GetString()!, General = (int)Number(e, "general"), From = (int)Number(e, "from"),
                To = (int)Number(e, "to"), Peer = (int)Number(e, "peer"), Kind = String(e, "kind"), Incarnation = Number(e, "incarnation"),
                Sequence = Number(e, "seq"), Instance = Number(e, "instance"), Round = Number(e, "round"), Hash = Number(e, "hash"), Value = Number(e, "value"),
                Protocol = Number(e, "protocol"), Partition = (int)Number(e, "partition"), Payload = String(e, "payload"),
                Command = String(e, "command"), Commander = (int)Number(e, "commander"), Order = Number(e, "order"), Strategy = Number(e, "strategy"), M = (int)Number(e, "m"),
                Reason = String(e, "reason"), Detail = String(e, "detail"), Text = text,
            };
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static long Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out long n) ? n : 0;

    private static string String(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
}
