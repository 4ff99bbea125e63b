using Generals.Harness.History;

namespace Generals.Harness.Checkers.Links;

/// <summary>
/// Crash recovery never reuses what must be unique: each boot of a general has a higher incarnation than the
/// last, and no (general, incarnation, sequence number) ever stamps two different frames. Without any frame it is
/// unknown; without a restart it says that only one incarnation per general was checked.
/// </summary>
public sealed class NoReuseChecker : IChecker
{
    public string Name => "no-reuse";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        var witness = new List<string>();
        foreach (IGrouping<int, HistoryEvent> boots in history.Where(e => e.Type == HistoryType.Boot).GroupBy(e => e.General))
        {
            long last = 0;
            foreach (HistoryEvent boot in boots.OrderBy(e => e.TimeMs))
            {
                if (boot.Incarnation <= last)
                {
                    witness.Add($"t={boot.TimeMs} ms: general {boot.General} booted with incarnation {boot.Incarnation}, not above {last}");
                }

                last = Math.Max(last, boot.Incarnation);
            }
        }

        int stamps = 0;
        foreach (IGrouping<(int From, long Incarnation, long Sequence), HistoryEvent> stamp in history
            .Where(e => e.Type == HistoryType.Send).GroupBy(e => (e.From, e.Incarnation, e.Sequence)))
        {
            stamps++;
            if (stamp.Select(e => e.Hash).Distinct().Count() > 1 && witness.Count < 20)
            {
                witness.Add($"general {stamp.Key.From} stamped different frames with incarnation {stamp.Key.Incarnation} sequence {stamp.Key.Sequence} (t={string.Join(", ", stamp.Select(e => e.TimeMs).Distinct())} ms)");
            }
        }

        var figures = new Dictionary<string, double>
        {
            ["boots"] = history.Count(e => e.Type == HistoryType.Boot),
            ["frame-stamps"] = stamps,
        };
        if (witness.Count > 0)
        {
            return CheckResult.Invalid(Name, witness, figures);
        }

        if (stamps == 0)
        {
            return new CheckResult(Name, Verdict.Unknown, figures, ["no frame was sent: no sequence number to check for reuse"]);
        }

        int restarted = history.Where(e => e.Type == HistoryType.Boot).GroupBy(e => e.General).Count(g => g.Count() > 1);
        return restarted > 0 ? CheckResult.Valid(Name, figures)
            : new CheckResult(Name, Verdict.Valid, figures, ["no general booted twice: stamps were checked within one incarnation only"]);
    }
}
