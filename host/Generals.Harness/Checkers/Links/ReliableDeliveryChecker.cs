using Generals.Harness.History;

namespace Generals.Harness.Checkers.Links;

/// <summary>
/// Reliable delivery: every message a correct sender sends to a correct receiver is delivered exactly once,
/// nothing is delivered that was not sent, and nothing acknowledged is lost. A sender that loses power before
/// its message was acknowledged is not correct for that message. "Eventually" is judged at the end of the
/// history, which (in the simulator and emulator) follows a settle period in which the network is healed.
/// </summary>
public sealed class ReliableDeliveryChecker : IChecker
{
    /// <summary>Witness lines kept per failure: enough to read, bounded for huge runs.</summary>
    public const int WitnessMax = 10;

    public string Name => "reliable-delivery";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        var a = new LinkDeliveryAnalysis(history);
        var witness = new List<string>();
        witness.AddRange(a.Creations().Take(WitnessMax));
        witness.AddRange(a.Duplications().Take(WitnessMax));
        int lost = 0;
        foreach (((int from, int to, long id), HistoryEvent sent) in a.Sent.OrderBy(kv => kv.Value.TimeMs))
        {
            if (a.Delivered.ContainsKey((from, to, id)))
            {
                continue;
            }

            bool acked = a.Acked.Contains((from, to, id));
            bool owed = acked || (!a.CrashedBetween(from, sent.TimeMs, a.EndMs) && !a.DownAtEnd(to));
            if (owed)
            {
                lost++;
                if (witness.Count < 3 * WitnessMax)
                {
                    witness.Add($"message {id} sent by general {from} to general {to} at t={sent.TimeMs} ms was never delivered" + (acked ? " although it was acknowledged" : ""));
                }
            }
        }

        var figures = new Dictionary<string, double>
        {
            ["sent"] = a.Sent.Count,
            ["delivered"] = a.Delivered.Count,
            ["duplicated"] = a.Delivered.Count(kv => kv.Value.Count > 1),
            ["created"] = a.Creations().Count(),
            ["lost"] = lost,
            ["acknowledged"] = a.Acked.Count,
        };
        return witness.Count == 0 ? CheckResult.Valid(Name, figures) : CheckResult.Invalid(Name, witness, figures);
    }
}
