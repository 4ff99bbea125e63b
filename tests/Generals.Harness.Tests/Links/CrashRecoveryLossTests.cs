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
    /// <summary>The fixture file (Links/outsider-crash-recovery.yaml), with durable send on or off.</summary>
    private static Scenario Fixture(bool durable)
    {
        string yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Links", "outsider-crash-recovery.yaml"));
        return ScenarioLoader.Parse(durable ? yaml : yaml.Replace("durable: true", "durable: false", StringComparison.Ordinal), "outsider-crash-recovery.yaml");
    }

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
            int crashes = run.History.Count(e => e.Type == HistoryType.Crash);
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
            new HistoryEvent { TimeMs = 3990, Type = HistoryType.Crash, General = 2, RestartAfterMs = -1 },
            new HistoryEvent { TimeMs = 15_000, Type = HistoryType.End }];

        CheckResult result = new Checkers.Links.ReliableDeliveryChecker(durable: false, [plan]).Check(history);

        Assert.Equal(140, result.Figures["not-resumed"]);
        Assert.Equal(0, result.Figures["lost"]);
        Assert.Contains("general 2's stream to 3 sent its last message at t=3975 ms", string.Join('\n', result.Witness), StringComparison.Ordinal);
    }

    private static IEnumerable<HistoryEvent> Delivered(long t, int from, int to, long id) =>
    [
        new HistoryEvent { TimeMs = t, Type = HistoryType.AppSend, General = from, To = to, Message = id, Hash = 7 },
        new HistoryEvent { TimeMs = t + 10, Type = HistoryType.AppDeliver, General = to, From = from, Message = id, Hash = 7, DeliveryIndex = id },
    ];
}
