using Generals.Harness.History;

namespace Generals.Harness.Checkers.Links;

/// <summary>
/// Reliable delivery: every message a correct sender sends to a correct receiver is delivered exactly once,
/// nothing is delivered that was not sent, and nothing acknowledged is lost. "Eventually" is judged at the end of the
/// history, which (in the simulator and emulator) follows a settle period in which the network is healed.
/// <para>What the link owes depends on its mode. Without durable send a sender keeps unacknowledged messages in
/// memory only, so a message whose sender lost power before it was acknowledged is not owed: it is counted as
/// <c>forgotten-by-crash</c>, never as delivered or as "not lost". With durable send (<paramref name="durable"/>)
/// every send that returned is owed once its sender is up again at the end. Messages to a receiver that is down at
/// the end are not owed (<c>receiver-down</c>). Sends the link refused because its window was full
/// (<c>refused-queue-full</c>) and, given the workload's <paramref name="plans"/>, stream messages that were never
/// sent (<c>not-resumed</c> when the sender crashed during its stream and sent nothing of it after its last restart,
/// <c>not-sent</c> otherwise) are named figures of their own. A run in which nothing was sent is unknown. On a kit that
/// outlives runs, a durable sender reports its unacknowledged messages of the previous run again as it boots, before the
/// run begins: one not delivered in this run is <c>carried-over</c> (the earlier run may have delivered it), never lost.</para>
/// </summary>
public sealed class ReliableDeliveryChecker(bool durable = false, IReadOnlyList<StreamPlan>? plans = null) : IChecker
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
        int forgotten = 0;
        int receiverDown = 0;
        int senderDown = 0;
        int carriedOver = 0;
        foreach (((int from, int to, long id), HistoryEvent sent) in a.Sent.OrderBy(kv => kv.Value.TimeMs))
        {
            if (a.Delivered.ContainsKey((from, to, id)))
            {
                continue;
            }

            if (sent.TimeMs < a.PlanStartMs)
            {
                // Reported before the run began: a durable sender's message from an earlier run on the same kit
                // (`generals run --kit`), whose delivery, if any, that run saw. This history cannot judge it.
                carriedOver++;
                continue;
            }

            bool acked = a.Acked.Contains((from, to, id));
            bool senderCrashed = a.CrashedBetween(from, sent.TimeMs, a.EndMs);
            if (!acked && a.DownAtEnd(to))
            {
                receiverDown++;
            }
            else if (!acked && senderCrashed && !durable)
            {
                forgotten++;
            }
            else if (!acked && senderCrashed && a.DownAtEnd(from))
            {
                senderDown++;
            }
            else
            {
                lost++;
                if (witness.Count < 3 * WitnessMax)
                {
                    string why = acked ? " although it was acknowledged"
                        : senderCrashed ? " although its sender stored it (durable send) and was up again at the end" : string.Empty;
                    witness.Add($"message {id} sent by general {from} to general {to} at t={sent.TimeMs} ms was never delivered{why}");
                }
            }
        }

        long refused = a.RefusedQueueFull.Values.Sum();

        // The figures a reader needs first lead (the verdict table shows the first dozen): what was sent, what arrived,
        // and every way a message can be missing without being lost.
        var figures = new Dictionary<string, double>
        {
            ["sent"] = a.Sent.Count,
            ["delivered"] = a.Delivered.Count,
            ["lost"] = lost,
            ["forgotten-by-crash"] = forgotten,
            ["refused-queue-full"] = refused,
        };
        var notes = new List<string>();
        if (plans is { Count: > 0 })
        {
            AddPlanFigures(a, figures, notes);
        }

        figures["receiver-down"] = receiverDown;
        if (durable)
        {
            figures["sender-down"] = senderDown;
            figures["carried-over"] = carriedOver;
        }

        figures["duplicated"] = a.Delivered.Count(kv => kv.Value.Count > 1);
        figures["created"] = a.Creations().Count();
        figures["acknowledged"] = a.Acked.Count;

        if (witness.Count > 0)
        {
            return CheckResult.Invalid(Name, witness, figures);
        }

        if (a.Sent.Count == 0)
        {
            string asked = figures.TryGetValue("planned", out double planned) ? $" (the workload asked for {planned})" : string.Empty;
            return new CheckResult(Name, Verdict.Unknown, figures, [$"no message was sent{asked}: reliable delivery has nothing to judge", .. notes]);
        }

        if (forgotten > 0)
        {
            notes.Insert(0, $"{forgotten} messages were forgotten by senders that lost power before they were acknowledged: without durable send "
                + "the link keeps them in memory only, so they were not owed (`link: { durable: true }` stores them)");
        }

        if (refused > 0)
        {
            notes.Add($"{refused} sends were refused because the link's window of unacknowledged messages was full (QueueFull); they were never sent");
        }

        return new CheckResult(Name, Verdict.Valid, figures, notes);
    }

    private void AddPlanFigures(LinkDeliveryAnalysis a, Dictionary<string, double> figures, List<string> notes)
    {
        long planned = 0;
        long notResumed = 0;
        long notSent = 0;
        foreach (IGrouping<(int From, int To), StreamPlan> pair in plans!.GroupBy(p => (p.From, p.To)))
        {
            long asked = pair.Sum(p => p.Count);
            planned += asked;
            List<HistoryEvent> sent = a.Sent.Where(kv => kv.Key.From == pair.Key.From && kv.Key.To == pair.Key.To && pair.Any(p => p.Holds(kv.Key.Id)))
                .Select(kv => kv.Value).ToList();
            long missing = Math.Max(0, asked - sent.Count - a.RefusedQueueFull.GetValueOrDefault(pair.Key));
            if (missing == 0)
            {
                continue;
            }

            long startMs = a.PlanStartMs + pair.Min(p => p.AtMs);
            HistoryEvent? crash = a.Crashes.LastOrDefault(c => c.General == pair.Key.From && c.TimeMs >= startMs);
            long? restartMs = crash == null ? null : a.Restarts.FirstOrDefault(r => r.General == pair.Key.From && r.TimeMs >= crash.TimeMs)?.TimeMs;
            bool resumed = crash == null || (restartMs is long r && sent.Any(e => e.TimeMs >= r));
            if (resumed)
            {
                notSent += missing;
                continue;
            }

            notResumed += missing;
            long lastMs = sent.Count > 0 ? sent.Max(e => e.TimeMs) : startMs;
            notes.Add($"general {pair.Key.From}'s stream to {pair.Key.To} sent its last message at t={lastMs} ms and "
                + (restartMs is long at ? $"did not resume after its restart at t={at} ms" : $"its general crashed at t={crash!.TimeMs} ms for good")
                + $": {missing} of its {asked} messages were never sent");
        }

        figures["not-resumed"] = notResumed;
        figures["not-sent"] = notSent;
        figures["planned"] = planned;
        if (notSent > 0)
        {
            notes.Add($"{notSent} messages the workload asked for were never sent (the run ended first, or a power cut fell between taking an id and sending it)");
        }
    }
}
