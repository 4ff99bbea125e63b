using System.Text.Json;
using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Agreement;

public class TwoGeneralsSweepTests
{
    private static readonly Dictionary<string, int> Acks = new() { ["always"] = 0, ["one-ack"] = 1 };

    [Theory]
    [InlineData(0, 3, 0.3)]
    [InlineData(0, 1, 0.9)]
    public void DefeatProbability_AlwaysAttack_IsLossToTheMessengers(int acks, int messengers, double loss)
    {
        Assert.Equal(Math.Pow(loss, messengers), TwoGeneralsTheory.DefeatProbability(acks, messengers, loss), 12);
    }

    [Theory]
    [InlineData(2, 0.2)]
    [InlineData(5, 0.6)]
    public void DefeatProbability_OneAck_BHeardButNoAckCame(int messengers, double loss)
    {
        double delivered = 1 - loss;
        double expected = Math.Pow(1 - (delivered * delivered), messengers) - Math.Pow(loss, messengers);

        Assert.Equal(expected, TwoGeneralsTheory.DefeatProbability(1, messengers, loss), 12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void DefeatProbability_NoLoss_IsZero(int acks)
    {
        Assert.Equal(0, TwoGeneralsTheory.DefeatProbability(acks, 3, 0));
    }

    [Fact]
    public void Judge_EveryStrategyDefeatedAndLive_IsInvalidWithAWitnessEach()
    {
        TwoGeneralsSweep sweep = Sweep(alwaysDefeats: 25, oneAckDefeats: 12);

        CheckResult result = TwoGeneralsSweepChecker.Judge(sweep, Acks, FirstDefeats("always", "one-ack"));

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Equal(3, result.Witness.Count);
    }

    [Fact]
    public void Judge_AStrategyNeverDefeated_IsValid()
    {
        TwoGeneralsSweep sweep = Sweep(alwaysDefeats: 25, oneAckDefeats: 0);

        CheckResult result = TwoGeneralsSweepChecker.Judge(sweep, Acks, FirstDefeats("always"));

        Assert.Equal(Verdict.Valid, result.Verdict);
    }

    [Fact]
    public void Judge_NoAttackAtLossZero_IsUnknown()
    {
        TwoGeneralsSweep sweep = Sweep(alwaysDefeats: 25, oneAckDefeats: 12);
        sweep.Add("always", 0, 1, TwoGeneralsOutcome.BothRetreat);

        CheckResult result = TwoGeneralsSweepChecker.Judge(sweep, Acks, FirstDefeats("always", "one-ack"));

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Contains(result.Witness, w => w.Contains("at loss 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Judge_DefeatTheStrategyCannotSuffer_IsUnknown()
    {
        TwoGeneralsSweep sweep = Sweep(alwaysDefeats: 25, oneAckDefeats: 12);
        sweep.Add("one-ack", 50, 1, TwoGeneralsOutcome.CommanderAlone);

        CheckResult result = TwoGeneralsSweepChecker.Judge(sweep, Acks, FirstDefeats("always", "one-ack"));

        Assert.Equal(Verdict.Unknown, result.Verdict);
    }

    [Fact]
    public void Judge_DefeatsFarFromTheModel_IsUnknown()
    {
        var sweep = new TwoGeneralsSweep();
        for (int run = 0; run < 400; run++)
        {
            sweep.Add("always", 0, 1, TwoGeneralsOutcome.BothAttack);
            sweep.Add("always", 10, 1, run < 200 ? TwoGeneralsOutcome.CommanderAlone : TwoGeneralsOutcome.BothAttack);
        }

        CheckResult result = TwoGeneralsSweepChecker.Judge(sweep, new Dictionary<string, int> { ["always"] = 0 }, FirstDefeats("always"));

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Contains(result.Witness, w => w.Contains("model predicts 40.0", StringComparison.Ordinal));
    }

    [Fact]
    public void RunSim_TwoGeneralsBuiltIn_TableHasEveryCellAndLossZeroAttacksTogether()
    {
        Scenario scenario = ScenarioLoader.Load("two-generals");

        RunOutcome run = ScenarioRunner.RunSim(scenario, 5);

        RunTable table = Assert.Single(run.Tables);
        var rows = table.Rows.Cast<TwoGeneralsSweepRow>().ToList();
        Assert.Equal((3 * 10 * 10) - 10, rows.Count);
        Assert.All(rows, r => Assert.Equal(20, r.Runs));
        Assert.DoesNotContain(rows, r => r.Strategy == "attack-after-2-acks" && r.Messengers == 1);
        Assert.All(rows.Where(r => r.LossPercent == 0), r => Assert.Equal(r.Runs, r.BothAttack));
        Assert.All(rows.Where(r => r.Strategy == "always-attack"), r => Assert.Equal(0, r.OtherAlone + r.BothRetreat));
        Assert.True(rows.Single(r => r.Strategy == "always-attack" && r.LossPercent == 90 && r.Messengers == 1).Defeats >= 10);
        Assert.Equal(Verdict.Invalid, run.Verdict);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void RunSim_TwoGeneralsSameSeed_ReplaysTheTable()
    {
        Scenario scenario = Small();

        string first = ScenarioRunner.RunSim(scenario, 9).Tables[0].Text;
        string second = ScenarioRunner.RunSim(scenario, 9).Tables[0].Text;
        string other = ScenarioRunner.RunSim(scenario, 10).Tables[0].Text;

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void ResultsJson_Sweep_HasTheTableRows()
    {
        RunOutcome run = ScenarioRunner.RunSim(Small(), 9);

        using JsonDocument results = JsonDocument.Parse(RunFolder.ResultsJson(run));

        JsonElement rows = results.RootElement.GetProperty("tables").GetProperty("two-generals");
        Assert.Equal(4, rows.GetArrayLength());
        Assert.Equal("always", rows[0].GetProperty("strategy").GetString());
        Assert.Equal(10, rows[0].GetProperty("runs").GetInt32());
        Assert.Contains("both attack / both retreat / defeats", VerdictTable.Render(run), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SweepWithWorkload_IsRefused()
    {
        string yaml = SmallYaml + "workload: [ { at_ms: 0, node: 1, command: report-counters } ]\n";

        Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "sweep.yaml"));
    }

    private const string SmallYaml = """
        name: small-sweep
        expected: invalid
        generals: 2
        network: { delay: { distribution: uniform, min_ms: 1, max_ms: 20 } }
        sweep:
          strategies: [ { name: always, acks: 0 }, { name: one-ack, acks: 1 } ]
          loss_percent: [0, 50]
          messengers: [2]
          runs_per_cell: 10
        checks: [two-generals-sweep]

        """;

    private static Scenario Small() => ScenarioLoader.Parse(SmallYaml, "sweep.yaml");

    /// <summary>Both strategies attack together at loss 0 (50 runs) and lose the given number of runs at loss 50% (the model: 25 and 12.5).</summary>
    private static TwoGeneralsSweep Sweep(int alwaysDefeats, int oneAckDefeats)
    {
        var sweep = new TwoGeneralsSweep();
        for (int run = 0; run < 50; run++)
        {
            sweep.Add("always", 0, 1, TwoGeneralsOutcome.BothAttack);
            sweep.Add("one-ack", 0, 1, TwoGeneralsOutcome.BothAttack);
            sweep.Add("always", 50, 1, run < alwaysDefeats ? TwoGeneralsOutcome.CommanderAlone : TwoGeneralsOutcome.BothAttack);
            sweep.Add("one-ack", 50, 1, run < oneAckDefeats ? TwoGeneralsOutcome.OtherAlone : TwoGeneralsOutcome.BothRetreat);
        }

        return sweep;
    }

    private static Dictionary<string, string> FirstDefeats(params string[] strategies) =>
        strategies.ToDictionary(s => s, s => $"{s}: a defeat");
}
