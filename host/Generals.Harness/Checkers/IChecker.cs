using Generals.Harness.History;

namespace Generals.Harness.Checkers;

/// <summary>
/// Judges a run from its history alone (never from a node's memory). A checker judges a finished history
/// (<see cref="Check"/>) or, through <see cref="Start"/>, a history as it grows: a converted checker has one
/// implementation, its incremental judge, and <see cref="Check"/> feeds it every event (<see cref="IncrementalChecks.Judge"/>).
/// </summary>
public interface IChecker
{
    /// <summary>The check's name in the verdict table and results.json.</summary>
    string Name { get; }

    /// <summary>The verdict, figures and witness for this history.</summary>
    CheckResult Check(IReadOnlyList<HistoryEvent> history);

    /// <summary>
    /// A fresh judge for one run, fed event by event. By default one that keeps the events and calls <see cref="Check"/>
    /// when asked (it never settles early); incremental checkers return their own.
    /// </summary>
    IIncrementalChecker Start() => new BufferedChecker(this);
}
