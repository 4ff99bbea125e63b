using Generals.Harness.Checkers;
using Generals.Harness.History;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Links;

/// <summary>
/// An outside tester's crash-recovery scenario (3 generals, authenticated reliable streams, 30% loss, 8 power cuts),
/// in which reliable-delivery once said "lost=0" while 187 messages were silently forgotten by crashed senders and two
/// streams never resumed. With durable send everything owed arrives; without it, the figures name what was forgotten.
/// </summary>
public class CrashRecoveryLossTests
{
    private static Scenario Fixture(bool durable) => ScenarioLoader.Parse($$"""
        name: outsider-crash-recovery
        generals: 3
        duration_ms: 8000
        link: { reliable: true, authenticated: true, durable: {{(durable ? "true" : "false")}} }
        network:
          delay: { distribution: uniform, min_ms: 5, max_ms: 40 }
          loss: 0.3
        faults:
          - { node: 2, kind: crash-recovery, at_ms: 1000, restart_after_ms: 300 }
          - { node: 3, kind: crash-recovery, at_ms: 1500, restart_after_ms: 300 }
          - { node: 1, kind: crash-recovery, at_ms: 2000, restart_after_ms: 300 }
          - { node: 3, kind: power-cut-at-write, at_ms: 2500, within_writes: 30, restart_after_ms: 400 }
          - { node: 2, kind: power-cut-at-write, at_ms: 3500, within_writes: 30, restart_after_ms: 400 }
          - { node: 1, kind: crash-recovery, at_ms: 4500, restart_after_ms: 300 }
          - { node: 2, kind: crash-recovery, at_ms: 5500, restart_after_ms: 300 }
          - { node: 3, kind: crash-recovery, at_ms: 6500, restart_after_ms: 300 }
        workload:
          - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 300, interval_ms: 25, first_id: 1000 }
          - { at_ms: 0, node: 2, command: send-stream, to: 3, count: 300, interval_ms: 25, first_id: 2000 }
          - { at_ms: 0, node: 3, command: send-stream, to: 1, count: 300, interval_ms: 25, first_id: 3000 }
        checks: [reliable-delivery, authentication, no-reuse]
        """, "outsider.yaml");

    [Fact]
    public void RunSim_DurableSend100Seeds_EverySendThatReturnedIsDelivered()
    {
        Scenario scenario = Fixture(durable: true);
        var failures = new List<string>();
        double refused = 0;

        for (ulong seed = 1; seed <= 100; seed++)
        {
            RunOutcome run = ScenarioRunner.RunSim(scenario, seed);
            CheckResult delivery = run.Checks.Single(c => c.Name == "reliable-delivery");
            IReadOnlyDictionary<string, double> f = delivery.Figures;
            int crashes = run.History.Count(e => e.Type == HistoryTypes.Crash);
            refused += f["refused-queue-full"];
            if (run.ExitCode != 0 || crashes != 8 || f["lost"] != 0 || f["forgotten-by-crash"] != 0 || f["not-resumed"] != 0
                || f["delivered"] != f["sent"] || f["sent"] + f["refused-queue-full"] + f["not-sent"] != 900)
            {
                failures.Add($"seed {seed}: {crashes} crashes\n{VerdictTable.Render(run)}");
            }
        }

        Assert.Empty(failures);
        Assert.True(refused < 100, $"{refused} sends refused over 100 runs: the window should rarely fill");
    }

    [Fact]
    public void RunSim_WithoutDurableSend_FiguresNameWhatCrashedSendersForgot()
    {
        RunOutcome run = ScenarioRunner.RunSim(Fixture(durable: false), 1);

        CheckResult delivery = run.Checks.Single(c => c.Name == "reliable-delivery");
        IReadOnlyDictionary<string, double> f = delivery.Figures;
        Assert.Equal(Verdict.Valid, delivery.Verdict);
        Assert.True(f["forgotten-by-crash"] > 0, VerdictTable.Render(run));
        Assert.Equal(f["sent"], f["delivered"] + f["forgotten-by-crash"] + f["lost"] + f["receiver-down"]);
        Assert.Equal(0, f["not-resumed"]);
        Assert.Equal(900, f["planned"]);
        Assert.StartsWith($"{f["forgotten-by-crash"]} messages were forgotten by senders that lost power", delivery.Witness[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StreamThatNeverResumed_NamedNotResumedWithWhereItStopped()
    {
        // A stream's general crashes for good at 3990 ms, 160 messages into a 300-message stream.
        var plan = new Checkers.Links.StreamPlan(2, 3, 2000, 300, 0);
        List<HistoryEvent> history = [.. Enumerable.Range(0, 160).SelectMany(i => Delivered(i * 25, 2, 3, 2000 + i)),
            new HistoryEvent { TimeMs = 3990, Type = HistoryTypes.Crash, Node = 2 },
            new HistoryEvent { TimeMs = 15_000, Type = HistoryTypes.End }];

        CheckResult result = new Checkers.Links.ReliableDeliveryChecker(durable: false, [plan]).Check(history);

        Assert.Equal(140, result.Figures["not-resumed"]);
        Assert.Equal(0, result.Figures["lost"]);
        Assert.Contains("general 2's stream to 3 sent its last message at t=3975 ms", string.Join('\n', result.Witness), StringComparison.Ordinal);
    }

    private static IEnumerable<HistoryEvent> Delivered(long t, int from, int to, long id) =>
    [
        new HistoryEvent { TimeMs = t, Type = HistoryTypes.AppSend, Node = from, Peer = to, Sequence = id, Value = 7 },
        new HistoryEvent { TimeMs = t + 10, Type = HistoryTypes.AppDeliver, Node = to, Peer = from, Sequence = id, Value = 7, Extra = id },
    ];
}
