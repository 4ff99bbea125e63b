using System.Text.Encodings.Web;
using System.Text.Json;

namespace Generals.Harness.History;

/// <summary>
/// Writes history.jsonl with a real JSON writer: one object per line, `t` and `type` first, then exactly the fields
/// <see cref="HistoryTypes"/> lists for the type, in its order, zeros included, so the same run gives byte-identical
/// files and every line validates against docs/history.schema.json. Text is escaped by the writer (control characters
/// in a detail stay valid JSON); non-ASCII text is written as it is, in UTF-8.
/// </summary>
public static class HistoryJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    /// <summary>Writes every event as one line to <paramref name="output"/> (UTF-8).</summary>
    public static void Write(IEnumerable<HistoryEvent> history, Stream output)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, Options);
        foreach (HistoryEvent e in history)
        {
            WriteLine(writer, e);
            writer.Flush();
            writer.Reset();
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>The history as text, one line per event (tests and small tools).</summary>
    public static string ToText(IEnumerable<HistoryEvent> history)
    {
        using var buffer = new MemoryStream();
        Write(history, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteLine(Utf8JsonWriter writer, HistoryEvent e)
    {
        HistoryTypeInfo info = HistoryTypes.Of(e.Type);
        writer.WriteStartObject();
        writer.WriteNumber("t", e.TimeMs);
        writer.WriteString("type", info.Name);
        foreach (HistoryField field in info.Fields)
        {
            field.Write(writer, e);
        }

        if (info.HasCommandFields)
        {
            foreach (HistoryField field in ControlFields.FieldsOf(e.Command!.Type))
            {
                field.Write(writer, e);
            }
        }

        writer.WriteEndObject();
    }
}
