using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Generals.Harness.History;

/// <summary>
/// The JSON Schema (draft 2020-12) of a history.jsonl line, made from <see cref="HistoryTypes"/> and
/// <see cref="ControlFields"/>: per type, the fields it must carry and nothing else (`additionalProperties: false`);
/// a `control` line, per command. docs/history.schema.json is this text (a test holds it to the table).
/// </summary>
public static class HistorySchema
{
    /// <summary>Where the schema is published, from the repository's root.</summary>
    public const string RepositoryPath = "docs/history.schema.json";

    /// <summary>The schema, indented, with a final newline.</summary>
    public static string Text()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("title", "A line of history.jsonl");
            w.WriteString("description", "One event of a Generals Lab run; the fields each type carries are listed in docs/history.md.");
            w.WriteString("type", "object");
            w.WriteStartArray("required");
            w.WriteStringValue("t");
            w.WriteStringValue("type");
            w.WriteEndArray();
            w.WriteStartObject("properties");
            Common(w);
            w.WriteEndObject();
            w.WriteStartArray("allOf");
            foreach (HistoryTypeInfo type in HistoryTypes.All)
            {
                w.WriteStartObject();
                w.WriteStartObject("if");
                w.WriteStartObject("properties");
                w.WriteStartObject("type");
                w.WriteString("const", type.Name);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteStartObject("then");
                w.WriteString("description", type.Meaning);
                if (type.HasCommandFields)
                {
                    w.WriteStartArray("oneOf");
                    foreach ((_, string name, IReadOnlyList<HistoryField> fields) in ControlFields.All)
                    {
                        w.WriteStartObject();
                        Closed(w, [.. type.Fields, .. fields], name);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }
                else
                {
                    Closed(w, type.Fields, null);
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Common(Utf8JsonWriter w)
    {
        w.WriteStartObject("t");
        w.WriteString("type", "integer");
        w.WriteNumber("minimum", 0);
        w.WriteString("description", "harness time in milliseconds since the run started");
        w.WriteEndObject();
        w.WriteStartObject("type");
        w.WriteStartArray("enum");
        foreach (HistoryTypeInfo type in HistoryTypes.All)
        {
            w.WriteStringValue(type.Name);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    // Exactly these fields besides t and type, all required; for a command, `command` must name it.
    private static void Closed(Utf8JsonWriter w, IReadOnlyList<HistoryField> fields, string? command)
    {
        w.WriteStartArray("required");
        foreach (HistoryField field in fields)
        {
            w.WriteStringValue(field.Name);
        }

        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteBoolean("t", true);
        w.WriteBoolean("type", true);
        foreach (HistoryField field in fields)
        {
            w.WriteStartObject(field.Name);
            if (command != null && field.Name == "command")
            {
                w.WriteString("const", command);
            }

            Kind(w, field.Kind);
            w.WriteString("description", field.Meaning);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteBoolean("additionalProperties", false);
    }

    private static void Kind(Utf8JsonWriter w, HistoryFieldKind kind)
    {
        switch (kind)
        {
            case HistoryFieldKind.Integer:
                w.WriteString("type", "integer");
                break;
            case HistoryFieldKind.String:
                w.WriteString("type", "string");
                break;
            case HistoryFieldKind.Boolean:
                w.WriteString("type", "boolean");
                break;
            case HistoryFieldKind.Groups:
                w.WriteString("type", "array");
                w.WriteStartObject("items");
                w.WriteString("type", "array");
                w.WriteStartObject("items");
                w.WriteString("type", "integer");
                w.WriteNumber("minimum", 1);
                w.WriteEndObject();
                w.WriteEndObject();
                break;
        }
    }
}
