using Generals.Harness.History;

namespace Generals.Harness.Checkers;

/// <summary>
/// The incremental form of a checker that judges only finished histories: keeps every event and calls the checker's
/// <see cref="IChecker.Check"/> on them when asked. It never settles early.
/// </summary>
internal sealed class BufferedChecker(IChecker checker) : IIncrementalChecker
{
    private readonly List<HistoryEvent> _events = [];

    public string Name => checker.Name;

    public Verdict? Settled => null;

    public void Observe(HistoryEvent e) => _events.Add(e);

    public CheckResult Result() => checker.Check(_events);
}
