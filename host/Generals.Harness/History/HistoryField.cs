using System.Text.Json;

namespace Generals.Harness.History;

/// <summary>What JSON a history field holds (the schema says the same).</summary>
public enum HistoryFieldKind
{
    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A string (names are lower-case words joined by hyphens).</summary>
    String,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>An array of arrays of general ids.</summary>
    Groups,
}

/// <summary>One field a history type carries: its JSON name, kind and meaning, and how it is read from a <see cref="HistoryEvent"/>.</summary>
public sealed class HistoryField
{
    private readonly Action<Utf8JsonWriter, HistoryEvent> _write;
    private readonly Func<HistoryEvent, string> _text;

    private HistoryField(string name, HistoryFieldKind kind, string meaning, Action<Utf8JsonWriter, HistoryEvent> write, Func<HistoryEvent, string> text)
    {
        Name = name;
        Kind = kind;
        Meaning = meaning;
        _write = write;
        _text = text;
    }

    /// <summary>The JSON name.</summary>
    public string Name { get; }

    public HistoryFieldKind Kind { get; }

    /// <summary>What the value means, for docs/history.md and the schema's descriptions.</summary>
    public string Meaning { get; }

    /// <summary>A whole-number field.</summary>
    public static HistoryField Integer(string name, string meaning, Func<HistoryEvent, long> read) =>
        new(name, HistoryFieldKind.Integer, meaning, (w, e) => w.WriteNumberValue(read(e)),
            e => read(e).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A string field.</summary>
    public static HistoryField Text(string name, string meaning, Func<HistoryEvent, string> read) =>
        new(name, HistoryFieldKind.String, meaning, (w, e) => w.WriteStringValue(read(e)), read);

    /// <summary>A true/false field.</summary>
    public static HistoryField Flag(string name, string meaning, Func<HistoryEvent, bool> read) =>
        new(name, HistoryFieldKind.Boolean, meaning, (w, e) => w.WriteBooleanValue(read(e)), e => read(e) ? "true" : "false");

    /// <summary>A field holding groups of general ids.</summary>
    public static HistoryField IdGroups(string name, string meaning, Func<HistoryEvent, IReadOnlyList<IReadOnlyList<int>>> read) =>
        new(name, HistoryFieldKind.Groups, meaning, (w, e) =>
        {
            w.WriteStartArray();
            foreach (IReadOnlyList<int> group in read(e))
            {
                w.WriteStartArray();
                foreach (int id in group)
                {
                    w.WriteNumberValue(id);
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
        }, e => "[" + string.Join(",", read(e).Select(g => "[" + string.Join(",", g) + "]")) + "]");

    /// <summary>The field's value in <paramref name="e"/> as text ("2", "loss", "[[1,2],[3]]").</summary>
    public string TextOf(HistoryEvent e) => _text(e);

    /// <summary>Writes this field of <paramref name="e"/> (name and value).</summary>
    public void Write(Utf8JsonWriter writer, HistoryEvent e)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Name);
        _write(writer, e);
    }
}
