using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.History;
using Generals.Harness.Scenarios;
using static Generals.Harness.Tests.Agreement.Histories;

namespace Generals.Harness.Tests.Agreement;

public class SettleTests
{
    private static readonly SettleFacts NoCrash = new(false, new HashSet<int>(), new Dictionary<(long, long), int> { [(ProtocolCodes.OralMessages, 1)] = 4 });

    [Fact]
    public void Ic1_TwoFirmLieutenantsDisagree_SettlesAtTheSecondDecision()
    {
        IIncrementalChecker judge = new Ic1Checker([Om(4, 1, traitors: 1)], NoCrash).Start();

        judge.Observe(Decide(210, 2, Attack));
        Verdict? afterOne = judge.Settled;
        judge.Observe(Decide(210, 3, Retreat));

        Assert.Null(afterOne);
        Assert.Equal(Verdict.Invalid, judge.Settled);
    }

    [Fact]
    public void Ic1_DisagreeingLieutenantMayStillCrash_DoesNotSettleSinceACrashStopExcusesIt()
    {
        var mayCrash3 = NoCrash with { MayCrash = new HashSet<int> { 3 } };
        var checker = new Ic1Checker([Om(4, 1, traitors: 1)], mayCrash3);
        IIncrementalChecker judge = checker.Start();
        List<HistoryEvent> history = [Decide(210, 2, Attack), Decide(210, 3, Retreat), Decide(210, 4, Attack), Crash(300, 3)];

        foreach (HistoryEvent e in history)
        {
            judge.Observe(e);
        }

        Assert.Null(judge.Settled);
        Assert.Equal(Verdict.Valid, judge.Result().Verdict);
        Assert.Equal(Verdict.Invalid, checker.Check(history.Take(3).ToList()).Verdict);
    }

    [Fact]
    public void Ic2_FirmLieutenantDisobeysLoyalCommander_Settles()
    {
        IIncrementalChecker judge = new Ic2Checker([Om(3, 1, traitors: 3)], NoCrash).Start();

        judge.Observe(Decide(210, 2, Retreat));

        Assert.Equal(Verdict.Invalid, judge.Settled);
    }

    [Fact]
    public void Ic2_WithoutSettleFacts_NeverSettlesButJudgesTheSame()
    {
        IIncrementalChecker judge = new Ic2Checker([Om(3, 1, traitors: 3)]).Start();

        judge.Observe(Decide(210, 2, Retreat));

        Assert.Null(judge.Settled);
        Assert.Equal(Verdict.Invalid, judge.Result().Verdict);
    }

    [Fact]
    public void Termination_HistoryPassesTheBoundWithoutAFirmDecision_SettlesOnlyOnceEveryStartCommandIsIn()
    {
        AgreementInstance instance = Om(4, 1);
        IIncrementalChecker judge = new TerminationChecker([instance], 50, NoCrash).Start();
        var start = new StartInstanceCommand(ProtocolCodes.OralMessages, 1, 1, Attack, 1, 100, 10, 0);
        judge.Observe(new HistoryEvent { TimeMs = 0, Type = HistoryType.Start });
        for (int general = 1; general <= 3; general++)
        {
            judge.Observe(ControlCommands.HistoryOf(0, general, start));
        }

        judge.Observe(Send(20, 1, 2, 0, "ATTACK path 1"));
        judge.Observe(new HistoryEvent { TimeMs = 300, Type = HistoryType.Heal });
        Verdict? missingOneStart = judge.Settled;
        judge.Observe(ControlCommands.HistoryOf(300, 4, start));
        judge.Observe(new HistoryEvent { TimeMs = 301, Type = HistoryType.Heal });
        Verdict? boundMoved = judge.Settled;
        judge.Observe(new HistoryEvent { TimeMs = 700, Type = HistoryType.Heal });

        Assert.Null(missingOneStart);
        Assert.Null(boundMoved);
        Assert.Equal(Verdict.Invalid, judge.Settled);
    }

    [Fact]
    public void Termination_FirmGeneralDecidesInTime_DoesNotSettle()
    {
        AgreementInstance instance = Om(3, 1);
        var facts = NoCrash with { StartCommands = new Dictionary<(long, long), int> { [(ProtocolCodes.OralMessages, 1)] = 0 } };
        IIncrementalChecker judge = new TerminationChecker([instance], 50, facts).Start();
        judge.Observe(new HistoryEvent { TimeMs = 0, Type = HistoryType.Start });

        foreach (HistoryEvent decision in Decisions(instance, Attack))
        {
            judge.Observe(decision);
        }

        judge.Observe(new HistoryEvent { TimeMs = 1500, Type = HistoryType.End });

        Assert.Null(judge.Settled);
        Assert.Equal(Verdict.Valid, judge.Result().Verdict);
    }

    [Fact]
    public void StableDecision_ChangedDecision_SettlesWhenReported()
    {
        IIncrementalChecker judge = new StableDecisionChecker().Start();

        judge.Observe(Decide(210, 2, Attack));
        judge.Observe(Decide(500, 2, Attack, incarnation: 2));
        Verdict? repeated = judge.Settled;
        judge.Observe(Decide(900, 2, Retreat, incarnation: 3));

        Assert.Null(repeated);
        Assert.Equal(Verdict.Invalid, judge.Settled);
    }

    [Fact]
    public void Of_ScenarioWithCrashesAndAStandingStart_NamesWhoMayCrashAndNoFinalStartCount()
    {
        Scenario scenario = ScenarioLoader.Load("om-crash-recovery");
        scenario.Workload[1].Standing = true;

        SettleFacts facts = SettleFacts.Of(scenario);

        Assert.False(facts.Firm(2));
        Assert.True(facts.Firm(3));
        Assert.Equal(-1, facts.StartCommandsOf(AgreementScenario.Instances(scenario)[0]));
    }

    [Fact]
    public void Of_ScenarioWithoutCrashes_CountsTheStartCommandsToEveryGeneral()
    {
        Scenario scenario = ScenarioLoader.Load("om-n3-m1");

        SettleFacts facts = SettleFacts.Of(scenario);

        Assert.True(facts.Firm(2));
        Assert.Equal(3, facts.StartCommandsOf(AgreementScenario.Instances(scenario)[0]));
    }
}
