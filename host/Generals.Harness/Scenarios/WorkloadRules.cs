using Generals.Core.Detection;
using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Harness.Plan;

namespace Generals.Harness.Scenarios;

/// <summary>
/// The workload's rules: every command the generals would refuse (arguments beyond the limits Core enforces on
/// SendStream, StartInstance, SetTraitor and StartDetector), commands that name generals the scenario lacks, and
/// workloads whose checks could not tell what happened (two streams with overlapping ids, an instance started twice,
/// a stream or instance that cannot end within the run).
/// </summary>
internal static class WorkloadRules
{
    public static void Check(Scenario s, ProblemList p)
    {
        var streams = new List<(int Index, int From, long To, long FirstId, long Count, long StartMs, long EndMs)>();
        var instances = new Dictionary<(long Protocol, long Instance), int>();
        long runEndMs = s.DurationMs + s.SettleMs;
        for (int i = 0; i < s.Workload.Count; i++)
        {
            WorkloadSpec w = s.Workload[i];
            string at = $"workload[{i}]";
            if (w.Node != 0 && !ScenarioValidator.IsGeneral(s, w.Node))
            {
                p.Add($"{at}.node", $"general {w.Node} is not in the scenario (generals are 1..{s.Generals}; 0 means all)");
            }

            if (w.AtMs < 0 || w.AtMs > s.DurationMs)
            {
                p.Add($"{at}.at_ms", $"{w.AtMs} ms is outside the run: commands come in 0..duration_ms ({s.DurationMs}); the settle period has none");
            }

            if (w.Args.Count > ControlCommand.ArgumentsMax)
            {
                p.Add($"{at}.args", $"{w.Args.Count} arguments: a command carries at most {ControlCommand.ArgumentsMax}");
                continue;
            }

            if (!ControlCommands.IsKnown(w.Command))
            {
                p.Add($"{at}.command", $"the entry names no command: use {PlanNames.Accepted(typeof(ControlType))}");
                continue;
            }

            ControlCommand command = ControlCommands.For(w);
            switch (command)
            {
                case SendStreamCommand stream:
                    if (StreamRules.Stream(s, w, stream, at, p))
                    {
                        long startMs = w.AtMs;
                        long endMs = startMs + ((stream.Count - 1) * stream.IntervalMs);
                        streams.Add((i, w.Node, stream.To, stream.FirstMessageId, stream.Count, startMs, endMs));
                        if (endMs > runEndMs)
                        {
                            p.Add($"{at}.count", $"the stream sends its last message at t={endMs} ms, after the run ends ({runEndMs} ms = duration_ms + settle_ms)");
                        }
                    }

                    break;
                case StartInstanceCommand start:
                    StartInstance(s, w, start, at, p, instances, i, runEndMs);
                    break;
                case SetTraitorCommand traitor:
                    SetTraitor(w, traitor, at, p);
                    break;
                case StartDetectorCommand detector:
                    StartDetector(s, w, detector, at, p);
                    break;
            }
        }

        StreamRules.Overlaps(streams, p);
    }

    private static void StartInstance(Scenario s, WorkloadSpec w, StartInstanceCommand a, string at, ProblemList p, Dictionary<(long, long), int> instances, int index, long runEndMs)
    {
        string F(int i) => $"{at}.args[{i}]";
        if (w.Args.Count < 7 || (a.Protocol == ProtocolCodes.TwoGenerals && w.Args.Count < 8))
        {
            p.Add($"{at}.args", "start-instance args are [protocol 1..3, instance, commander, order, m, round_ms, start_delay_ms] (Two Generals adds messengers)");
            return;
        }

        if (w.Node != 0)
        {
            p.Add($"{at}.node", "every general takes part in an instance: start-instance goes to node 0");
        }

        if (a.Protocol is < ProtocolCodes.TwoGenerals or > ProtocolCodes.SignedMessages)
        {
            p.Add(F(0), $"protocol {a.Protocol}: use 1 (Two Generals), 2 (OM) or 3 (SM)");
            return;
        }

        p.InRange(F(1), a.Instance, 1, uint.MaxValue, " (instance numbers)");
        if (!ScenarioValidator.IsGeneral(s, a.Commander))
        {
            p.Add(F(2), $"general {a.Commander} is not in the scenario: start-instance needs a commander among the generals (1..{s.Generals})");
        }

        if (a.Order is not (ProtocolCodes.Retreat or ProtocolCodes.Attack))
        {
            p.Add(F(3), $"order {a.Order}: use 0 (RETREAT) or 1 (ATTACK)");
        }

        p.InRange(F(6), a.StartDelayMs, 0, SynchronousProtocol.StartDelayMsMax, " ms (start delay)");
        if (a.Protocol == ProtocolCodes.TwoGenerals)
        {
            TwoGeneralsStart(s, a, F, p);
        }
        else if (p.InRange(F(4), a.M, 0, SynchronousProtocol.MMax, $" (m: the generals run OM(m) and SM(m) up to m = {SynchronousProtocol.MMax})")
            & p.InRange(F(5), a.RoundMs, 1, SynchronousProtocol.RoundMsMax, " ms (round length)"))
        {
            RoundsFit(s, a, F, p);
            long lastMs = w.AtMs + a.StartDelayMs + ((a.M + 1) * a.RoundMs);
            if (lastMs > runEndMs)
            {
                p.Add(F(5), $"the last round ends at t={lastMs} ms, after the run ends ({runEndMs} ms = duration_ms + settle_ms): nobody could decide in time");
            }
        }

        if (instances.TryGetValue((a.Protocol, a.Instance), out int first))
        {
            p.Add(F(1), $"instance {a.Instance} of protocol {a.Protocol} was already started by workload[{first}]: the generals refuse a number they used");
        }
        else
        {
            instances[(a.Protocol, a.Instance)] = index;
        }
    }

    private static void RoundsFit(Scenario s, StartInstanceCommand a, Func<int, string> field, ProblemList p)
    {
        int n = s.Generals;
        int m = (int)a.M;
        if (a.Protocol == ProtocolCodes.OralMessages && !OralMessages.FitsLimits(n, m))
        {
            long sends = Enumerable.Range(0, m + 1).Max(r => OralMessagesSpace.SendsInRound(n, r, false));
            p.Add(field(4), $"OM({m}) among {n} generals needs {OralMessagesSpace.PathsKept(n, m)} stored values per lieutenant and up to {sends} sends "
                + $"in a round; a general keeps at most {OralMessages.PathsMax} and sends at most {OralMessages.SendsPerRoundMax}, so every general would refuse it");
        }
        else if (a.Protocol == ProtocolCodes.SignedMessages && !SignedMessages.FitsLimits(n, m))
        {
            p.Add(field(4), $"SM({m}) among {n} generals is beyond a general's limits ({SignedMessages.RelaysPerRoundMax} relays a round): every general would refuse it");
        }
    }

    private static void TwoGeneralsStart(Scenario s, StartInstanceCommand a, Func<int, string> field, ProblemList p)
    {
        if (s.Generals < 2)
        {
            p.Add(field(0), "Two Generals needs two generals");
        }

        if (p.InRange(field(7), a.Messengers, 1, TwoGenerals.MessengersMax, " messengers (the generals' limit)"))
        {
            p.InRange(field(4), a.M, 0, a.Messengers, " acknowledgements (at most the messengers)");
        }

        p.InRange(field(5), a.RoundMs, 1, TwoGenerals.RetryMsMax, " ms (retry interval)");
    }

    private static void SetTraitor(WorkloadSpec w, SetTraitorCommand traitor, string at, ProblemList p)
    {
        if (w.Node == 0)
        {
            p.Add($"{at}.node", "set-traitor goes to one general, not node 0 (all)");
        }

        if (w.Args.Count != 3)
        {
            p.Add($"{at}.args", "set-traitor needs args [strategy 0..7, parameter, plan_seed]");
            return;
        }

        p.InRange($"{at}.args[0]", traitor.Strategy, (long)TraitorStrategy.Loyal, (long)TraitorStrategy.Late, " (strategy: 0 loyal .. 7 late; the generals refuse others)");
    }

    private static void StartDetector(Scenario s, WorkloadSpec w, StartDetectorCommand detector, string at, ProblemList p)
    {
        if (w.Args.Count != 4)
        {
            p.Add($"{at}.args", "start-detector needs args [kind 1..3, heartbeat_interval_ms, timeout_ms, jitter_ms]");
            return;
        }

        if (DetectorConfig.FromCommand(detector) == null)
        {
            p.Add($"{at}.args", $"[{string.Join(", ", w.Args)}] would be refused: kind 1 (fixed), 2 (adaptive) or 3 (phi accrual); heartbeat interval "
                + $"{HeartbeatSender.IntervalMinMs}..{HeartbeatSender.IntervalMaxMs} ms; timeout 1..{DetectorConfig.TimeoutMaxMs} ms (phi: 0 for the preset); "
                + "jitter 0..interval - 1");
        }

        if (s.Generals - 1 > DetectorModule.PeersMax)
        {
            p.Add($"{at}.command", $"a general monitors at most {DetectorModule.PeersMax} peers: with {s.Generals} generals it would refuse to start its detector");
        }
    }
}
