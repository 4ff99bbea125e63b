using Generals.Core.Protocols;
using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.History;
using static Generals.Harness.Tests.Agreement.Histories;

namespace Generals.Harness.Tests.Agreement;

public class TwoGeneralsCheckerTests
{
    private const int Tg = ProtocolCodes.TwoGenerals;

    [Theory]
    [InlineData(Attack, Attack, TwoGeneralsOutcome.BothAttack, Verdict.Valid)]
    [InlineData(Retreat, Retreat, TwoGeneralsOutcome.BothRetreat, Verdict.Valid)]
    [InlineData(Attack, Retreat, TwoGeneralsOutcome.CommanderAlone, Verdict.Invalid)]
    [InlineData(Retreat, Attack, TwoGeneralsOutcome.OtherAlone, Verdict.Invalid)]
    public void Check_Decisions_OutcomeAndVerdict(int a, int b, TwoGeneralsOutcome outcome, Verdict verdict)
    {
        List<HistoryEvent> history = [Decide(600, 1, a, protocol: Tg), Decide(600, 2, b, protocol: Tg)];

        CheckResult result = new TwoGeneralsOutcomeChecker(1, 1, 2).Check(history);

        Assert.Equal(outcome, TwoGeneralsOutcomeChecker.Classify(history, 1, 1, 2));
        Assert.Equal(verdict, result.Verdict);
    }

    [Fact]
    public void Check_CommanderAloneAfterEveryMessengerLost_WitnessCountsTraffic()
    {
        List<HistoryEvent> history =
        [
            Send(10, 1, 2, 0, "messenger 0 ATTACK"), Drop(11, 1, 2, 0),
            Send(110, 1, 2, 1, "messenger 1 ATTACK", sequence: 1), Drop(111, 1, 2, 1, sequence: 1),
            Decide(310, 1, Attack, protocol: Tg), Decide(310, 2, Retreat, protocol: Tg),
        ];

        CheckResult result = new TwoGeneralsOutcomeChecker(1, 1, 2).Check(history);

        Assert.Equal("instance 1: A (1) attacked alone, B (2) retreated: defeat; messengers sent 2, delivered 0; acknowledgements sent 0, delivered 0",
            Assert.Single(result.Witness));
    }

    [Fact]
    public void Check_OneNeverDecided_Unknown()
    {
        Assert.Equal(Verdict.Unknown, new TwoGeneralsOutcomeChecker(1, 1, 2).Check([Decide(600, 1, Attack, protocol: Tg)]).Verdict);
    }

    [Fact]
    public void Sweep_RunsAdded_CountedPerCellAndOrdered()
    {
        var sweep = new TwoGeneralsSweep();
        sweep.Add("attack after 1 ack", 50, 3, TwoGeneralsOutcome.BothAttack);
        sweep.Add("always attack", 10, 2, TwoGeneralsOutcome.CommanderAlone);
        sweep.Add("always attack", 10, 2, TwoGeneralsOutcome.BothAttack);
        sweep.Add("always attack", 0, 2, TwoGeneralsOutcome.BothAttack);

        IReadOnlyList<TwoGeneralsSweepRow> rows = sweep.Rows;

        Assert.Equal(
        [
            new TwoGeneralsSweepRow("attack after 1 ack", 50, 3, 1, 1, 0, 0, 0, 0),
            new TwoGeneralsSweepRow("always attack", 0, 2, 1, 1, 0, 0, 0, 0),
            new TwoGeneralsSweepRow("always attack", 10, 2, 2, 1, 0, 1, 0, 0),
        ], rows);
        Assert.Equal(0.5, rows[2].DefeatRate);
        Assert.Contains("always attack", sweep.ToText(), StringComparison.Ordinal);
        Assert.Equal(4, sweep.ToText().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
