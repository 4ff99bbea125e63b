namespace Generals.Harness.Runs;

/// <summary>
/// A table a run produced besides its checks (the Two Generals outcome table): printed as <see cref="Text"/> after
/// the verdict table, written to results.json as <see cref="Rows"/> (objects serialised with snake_case names).
/// </summary>
public sealed record RunTable(string Name, string Text, IReadOnlyList<object> Rows);
