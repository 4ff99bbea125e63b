using Generals.Harness.History;

namespace Generals.Harness.Checkers;

/// <summary>Judges a run from its history alone (never from a node's memory).</summary>
public interface IChecker
{
    /// <summary>The check's name in the verdict table and results.json.</summary>
    string Name { get; }

    /// <summary>The verdict, figures and witness for this history.</summary>
    CheckResult Check(IReadOnlyList<HistoryEvent> history);
}
