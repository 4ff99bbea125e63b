using Generals.Core.Node;
using Generals.Harness.History;

namespace Generals.Harness.Checkers.Links;

/// <summary>
/// The facts both link checkers judge, read from the history: what each application sent, what each delivered
/// (a repeated report with the same delivery index counts once), what was acknowledged, and who crashed when.
/// </summary>
public sealed class LinkDeliveryAnalysis
{
    public LinkDeliveryAnalysis(IReadOnlyList<HistoryEvent> history)
    {
        EndMs = history.Count == 0 ? 0 : history[^1].TimeMs;
        PlanStartMs = PlanClock.StartMs(history);
        foreach (HistoryEvent e in history)
        {
            switch (e.Type)
            {
                case HistoryType.AppSend:
                    // A durable sender reports its unacknowledged messages again after a restart: the first report counts.
                    Sent.TryAdd((e.General, e.To, e.Message), e);
                    break;
                case HistoryType.AppDeliver:
                    var key = (e.From, e.General, e.Message);
                    if (!Delivered.TryGetValue(key, out List<HistoryEvent>? list))
                    {
                        list = [];
                        Delivered[key] = list;
                    }

                    if (!list.Any(d => d.DeliveryIndex == e.DeliveryIndex))
                    {
                        list.Add(e);
                    }

                    break;
                case HistoryType.AppAck:
                    Acked.Add((e.General, e.To, e.Message));
                    break;
                case HistoryType.Crash:
                    Crashes.Add(e);
                    break;
                case HistoryType.Restart:
                    Restarts.Add(e);
                    break;
                case HistoryType.Reject:
                    string reason = e.Rejection.ToString();
                    Rejections[reason] = Rejections.GetValueOrDefault(reason) + 1;
                    if (e.Rejection == RejectReason.QueueFull)
                    {
                        // A full window refuses the general's own send: the code names the destination.
                        RefusedQueueFull[(e.General, (int)e.Code)] = RefusedQueueFull.GetValueOrDefault((e.General, (int)e.Code)) + 1;
                    }

                    break;
            }
        }
    }

    /// <summary>Time of the last history event.</summary>
    public long EndMs { get; }

    /// <summary>When the scenario's clock started (<see cref="PlanClock"/>): a workload's at_ms counts from here.</summary>
    public long PlanStartMs { get; }

    /// <summary>(sender, receiver, message id) to its app-send event.</summary>
    public Dictionary<(int From, int To, long Id), HistoryEvent> Sent { get; } = [];

    /// <summary>(sender, receiver, message id) to its distinct deliveries.</summary>
    public Dictionary<(int From, int To, long Id), List<HistoryEvent>> Delivered { get; } = [];

    public HashSet<(int From, int To, long Id)> Acked { get; } = [];

    public List<HistoryEvent> Crashes { get; } = [];

    public List<HistoryEvent> Restarts { get; } = [];

    public Dictionary<string, long> Rejections { get; } = [];

    /// <summary>(sender, receiver) to the sends its link refused because the unacknowledged window was full.</summary>
    public Dictionary<(int From, int To), long> RefusedQueueFull { get; } = [];

    /// <summary>The time of <paramref name="node"/>'s last restart, or null when it never restarted.</summary>
    public long? LastRestart(int node) => Restarts.LastOrDefault(r => r.General == node)?.TimeMs;

    /// <summary>Deliveries of messages their claimed sender never sent to that receiver, or with other content.</summary>
    public IEnumerable<string> Creations()
    {
        foreach (((int from, int to, long id), List<HistoryEvent> deliveries) in Delivered)
        {
            foreach (HistoryEvent d in deliveries)
            {
                if (!Sent.TryGetValue((from, to, id), out HistoryEvent? sent) && d.TimeMs < PlanStartMs)
                {
                    // Reported again as the receiver booted, before the run began: its last delivery of an earlier run on
                    // the same kit (`generals run --kit`), whose send that run saw.
                    continue;
                }

                if (sent == null)
                {
                    yield return $"t={d.TimeMs} ms: general {to} delivered message {id} as from general {from}, which never sent it to {to}";
                }
                else if (sent.Hash != d.Hash)
                {
                    yield return $"t={d.TimeMs} ms: general {to} delivered message {id} from general {from} with altered content (hash {d.Hash:x8}, sent {sent.Hash:x8})";
                }
            }
        }
    }

    /// <summary>Messages delivered more than once.</summary>
    public IEnumerable<string> Duplications() =>
        Delivered.Where(kv => kv.Value.Count > 1).Select(kv =>
            $"general {kv.Key.To} delivered message {kv.Key.Id} from general {kv.Key.From} {kv.Value.Count} times " +
            $"(t={string.Join(", ", kv.Value.Select(d => d.TimeMs))} ms)");

    /// <summary>True when <paramref name="node"/> lost power at some time in [fromMs, toMs].</summary>
    public bool CrashedBetween(int node, long fromMs, long toMs) =>
        Crashes.Any(c => c.General == node && c.TimeMs >= fromMs && c.TimeMs <= toMs);

    /// <summary>True when <paramref name="node"/> is down at the end of the run (crash-stop, or no restart yet).</summary>
    public bool DownAtEnd(int node)
    {
        HistoryEvent? lastCrash = Crashes.LastOrDefault(c => c.General == node);
        return lastCrash != null && !Restarts.Any(r => r.General == node && r.TimeMs >= lastCrash.TimeMs);
    }
}
