using Generals.Core.Links;
using Generals.Core.Node;
using Generals.Harness.Network;
using Generals.Harness.Plan;

namespace Generals.Harness.Scenarios;

/// <summary>
/// The rules of send-stream entries: what the generals refuse (a count outside 1..<see cref="StreamModule.CountMax"/>,
/// a negative interval, a general streaming to itself or to one the scenario lacks, more than
/// <see cref="StreamModule.StreamsMax"/> streams at once), and what the link checks could not judge (overlapping ids of
/// one sender to one receiver, ids in the rogue client's range, a standing stream that would start over).
/// </summary>
internal static class StreamRules
{
    public static bool Stream(Scenario s, WorkloadSpec w, SendStreamCommand command, string at, ProblemList p)
    {
        bool raw = w.Args.Count > 0;
        string F(string name, int index) => raw ? $"{at}.args[{index}]" : $"{at}.{name}";
        long to = command.To;
        long count = command.Count;
        long intervalMs = command.IntervalMs;
        long firstId = command.FirstMessageId;
        int problems = p.Count;
        if (raw && w.Args.Count != 4)
        {
            p.Add($"{at}.args", "send-stream args are [to, count, interval_ms, first_id] (or give the named fields)");
        }

        if (w.Node == 0)
        {
            p.Add($"{at}.node", $"send-stream needs one sending general: node 0 would also make general {to} stream to itself, which it refuses");
        }

        if (w.Standing)
        {
            p.Add($"{at}.standing", "a stream resumes by itself after a restart (docs/scenarios.md); standing would ask for it again");
        }

        if (!ScenarioValidator.IsGeneral(s, to))
        {
            p.Add(F("to", 0), $"general {to} is not in the scenario (generals are 1..{s.Generals})");
        }
        else if (to == w.Node)
        {
            p.Add(F("to", 0), $"general {to} cannot stream to itself (it refuses)");
        }

        p.InRange(F("count", 1), count, 1, StreamModule.CountMax, " messages (the generals refuse other counts)");
        p.InRange(F("interval_ms", 2), intervalMs, 0, ScenarioValidator.DurationMaxMs, " ms");
        if (firstId < 0)
        {
            p.Add(F("first_id", 3), $"{firstId}: message ids start at 0 or above");
        }
        else if (s.Faults.Any(f => f.Kind == FaultKind.Rogue) && firstId + Math.Max(0, count) > RogueTraffic.ForgedStreamFirstId)
        {
            p.Add(F("first_id", 3), $"ids from {RogueTraffic.ForgedStreamFirstId} up are the rogue client's forged stream: keep the stream below");
        }

        return p.Count == problems;
    }

    public static void Overlaps(List<(int Index, int From, long To, long FirstId, long Count, long StartMs, long EndMs)> streams, ProblemList p)
    {
        for (int a = 0; a < streams.Count; a++)
        {
            var x = streams[a];
            var later = streams.Skip(a + 1).FirstOrDefault(y => y.From == x.From && y.To == x.To
                && y.FirstId < x.FirstId + x.Count && x.FirstId < y.FirstId + y.Count);
            if (later.Count > 0)
            {
                p.Add($"workload[{later.Index}].first_id", $"general {x.From} already sends ids {x.FirstId}..{x.FirstId + x.Count - 1} to {x.To} "
                    + $"(workload[{x.Index}]): give every stream its own id range, or the checks cannot tell the messages apart");
            }

            int running = streams.Count(y => y.From == x.From && y.StartMs <= x.StartMs && y.EndMs >= x.StartMs);
            if (running > StreamModule.StreamsMax)
            {
                p.Add($"workload[{x.Index}]", $"general {x.From} would run {running} streams at t={x.StartMs} ms: a general runs at most {StreamModule.StreamsMax} at once (it refuses more)");
            }
        }
    }
}
