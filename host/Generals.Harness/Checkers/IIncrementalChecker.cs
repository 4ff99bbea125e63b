using Generals.Harness.History;

namespace Generals.Harness.Checkers;

/// <summary>
/// One check of one run, fed the history as it grows (events in the order the run records them). Judging a finished
/// history is feeding every event and asking <see cref="Result"/>; asking earlier judges the history so far (a live view).
/// </summary>
public interface IIncrementalChecker
{
    /// <summary>The check's name, as its <see cref="IChecker"/> has it.</summary>
    string Name { get; }

    /// <summary>Takes the next event of the history.</summary>
    void Observe(HistoryEvent e);

    /// <summary>
    /// <see cref="Verdict.Invalid"/> once the events seen make the check fail whatever the rest of the run records (a
    /// violation is final), so a run can stop there; null while the verdict can still change. Only a violation settles.
    /// </summary>
    Verdict? Settled { get; }

    /// <summary>The verdict, figures and witness for the events seen so far.</summary>
    CheckResult Result();
}
