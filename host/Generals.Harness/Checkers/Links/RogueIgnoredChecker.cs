using Generals.Harness.History;
using Generals.Harness.Network;

namespace Generals.Harness.Checkers.Links;

/// <summary>
/// Bad input is rejected, counted and harmless: every rogue frame a general received was rejected (one reject
/// event per frame), a forged control command changed nothing (no message of the forged stream was sent), and
/// every general kept running (it reported telemetry after the rogue traffic).
/// </summary>
public sealed class RogueIgnoredChecker : IChecker
{
    public string Name => "rogue-ignored";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        var witness = new List<string>();
        List<HistoryEvent> rogue = history.Where(e => e.Type == HistoryType.Rogue).ToList();
        if (rogue.Count == 0)
        {
            return CheckResult.Unknown(Name, "no rogue traffic in this run");
        }

        foreach (IGrouping<int, HistoryEvent> target in rogue.GroupBy(e => e.General))
        {
            long sent = target.Sum(e => e.Inputs);
            long firstMs = target.Min(e => e.TimeMs);
            long rejected = history.Count(e => e.Type == HistoryType.Reject && e.General == target.Key && e.TimeMs >= firstMs);
            if (rejected < sent)
            {
                witness.Add($"general {target.Key} got {sent} rogue inputs from t={firstMs} ms but reported only {rejected} rejections");
            }

            if (!history.Any(e => e.General == target.Key && e.TimeMs >= target.Max(r => r.TimeMs) && e.Type is HistoryType.Reject or HistoryType.AppSend or HistoryType.AppDeliver or HistoryType.Suspect or HistoryType.Trust or HistoryType.Decide or HistoryType.Boot))
            {
                witness.Add($"general {target.Key} reported nothing after the rogue traffic: it may have stopped");
            }
        }

        witness.AddRange(history.Where(e => e.Type == HistoryType.AppSend && e.Message >= RogueTraffic.ForgedStreamFirstId)
            .Take(5).Select(e => $"t={e.TimeMs} ms: general {e.General} obeyed a forged control command (sent message {e.Message})"));
        var figures = new Dictionary<string, double>
        {
            ["rogue-inputs"] = rogue.Sum(e => e.Inputs),
            ["rejections"] = history.Count(e => e.Type == HistoryType.Reject),
        };
        return witness.Count == 0 ? CheckResult.Valid(Name, figures) : CheckResult.Invalid(Name, witness, figures);
    }
}
