using System.Globalization;
using System.Text;

namespace Generals.Harness.History;

/// <summary>Writes history.jsonl: one JSON object per line, fields in a fixed order, defaults left out,
/// so the same run gives byte-identical files.</summary>
public static class HistoryJson
{
    public static void Write(IEnumerable<HistoryEvent> history, TextWriter writer)
    {
        var line = new StringBuilder(160);
        foreach (HistoryEvent e in history)
        {
            line.Clear();
            line.Append("{\"t\":").Append(e.TimeMs.ToString(CultureInfo.InvariantCulture));
            line.Append(",\"type\":\"").Append(e.Type).Append('"');
            Number(line, "node", e.Node, -1);
            Number(line, "peer", e.Peer, -1);
            Number(line, "kind", e.Kind, 0);
            Number(line, "incarnation", e.Incarnation, 0);
            Number(line, "seq", e.Sequence, 0);
            Number(line, "instance", e.Instance, 0);
            Number(line, "round", e.Round, 0);
            Number(line, "value", e.Value, 0);
            Number(line, "extra", e.Extra, 0);
            if (e.Detail != null)
            {
                line.Append(",\"detail\":\"").Append(Escape(e.Detail)).Append('"');
            }

            line.Append('}');
            writer.Write(line);
            writer.Write('\n');
        }
    }

    private static void Number(StringBuilder line, string name, long value, long omitted)
    {
        if (value != omitted)
        {
            line.Append(",\"").Append(name).Append("\":").Append(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
}
