namespace Generals.Harness.History;

/// <summary>One history type as <see cref="HistoryTypes"/> lists it: its JSON name, who writes it, what it means, and its fields in order.</summary>
public sealed record HistoryTypeInfo(HistoryType Type, string Name, string WrittenBy, string Meaning, IReadOnlyList<HistoryField> Fields)
{
    /// <summary>True when a line of this type also carries the fields of its command (<see cref="ControlFields"/>).</summary>
    public bool HasCommandFields => Type == HistoryType.Control;

    /// <summary>True when the type names the general it concerns in a `general` field.</summary>
    public bool HasGeneral => Fields.Any(f => f.Name == "general");
}
