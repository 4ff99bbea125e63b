using Generals.Core.Node;
using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.History;
using static Generals.Harness.Tests.Agreement.Histories;

namespace Generals.Harness.Tests.Agreement;

public class AgreementCheckerTests
{
    [Fact]
    public void Ic1_LoyalLieutenantsAgree_Valid()
    {
        AgreementInstance instance = Om(4, 1, traitors: 4);
        List<HistoryEvent> history = Decisions(instance, Attack, (4, Retreat));

        Assert.Equal(Verdict.Valid, new Ic1Checker([instance]).Check(history).Verdict);
    }

    [Fact]
    public void Ic1_LoyalLieutenantsDisagree_InvalidWithWitnessNamingThemAndTheTraitorsMessages()
    {
        AgreementInstance instance = Om(3, 1, commander: 1, traitors: 1);
        List<HistoryEvent> history =
        [
            Send(10, 1, 2, 0, "ATTACK path 1"),
            Send(10, 1, 3, 0, "RETREAT path 1"),
            .. Decisions(instance, Attack, (3, Retreat)),
        ];

        CheckResult result = new Ic1Checker([instance]).Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Equal(
            "instance 1: loyal lieutenants 2 and 3 decided ATTACK and RETREAT; traitor 1 (commander) sent ATTACK path 1 to 2 in round 0; "
            + "traitor 1 (commander) sent RETREAT path 1 to 3 in round 0",
            Assert.Single(result.Witness));
    }

    [Fact]
    public void Ic2_TraitorCommander_NothingToJudgeUnknown()
    {
        AgreementInstance instance = Om(4, 1, commander: 1, order: Attack, traitors: 1);

        CheckResult result = new Ic2Checker([instance]).Check(Decisions(instance, Retreat));

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Contains("traitor commander", Assert.Single(result.Witness), StringComparison.Ordinal);
        Assert.Equal(0, result.Figures["loyal-commander-instances"]);
    }

    [Fact]
    public void Ic2_LoyalLieutenantDisobeysLoyalCommander_InvalidWithWitness()
    {
        AgreementInstance instance = Om(3, 1, commander: 1, order: Attack, traitors: 3);
        List<HistoryEvent> history = [Send(110, 3, 2, 1, "RETREAT path 1>3"), .. Decisions(instance, Attack, (2, Retreat))];

        CheckResult result = new Ic2Checker([instance]).Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Equal("instance 1: loyal commander 1 ordered ATTACK but loyal lieutenant 2 decided RETREAT; traitor 3 sent RETREAT path 1>3 to 2 in round 1",
            Assert.Single(result.Witness));
    }

    [Fact]
    public void Termination_AllDecideByTheBound_Valid()
    {
        AgreementInstance instance = Om(4, 1);

        Assert.Equal(Verdict.Valid, new TerminationChecker([instance], slackMs: 5).Check(Decisions(instance, Attack)).Verdict);
    }

    [Fact]
    public void Termination_StartCommandSentLate_BoundCountsFromTheSending()
    {
        AgreementInstance instance = Om(3, 1);
        var sentLate = new HistoryEvent { TimeMs = 30, Type = HistoryType.Control, General = 3, Command = new StartInstanceCommand(2, 1, 1, 1, 1, 100, 10, 0) };
        List<HistoryEvent> history = [sentLate, Decide(instance.EndMs + 30, 1, Attack), Decide(instance.EndMs + 30, 2, Attack), Decide(instance.EndMs + 30, 3, Attack)];

        Assert.Equal(Verdict.Valid, new TerminationChecker([instance], slackMs: 5).Check(history).Verdict);
        Assert.Equal(Verdict.Invalid, new TerminationChecker([instance], slackMs: 5).Check(history[1..]).Verdict);
    }

    [Fact]
    public void Termination_LateAndMissingDecisions_InvalidWithWitness()
    {
        AgreementInstance instance = Om(3, 1);
        List<HistoryEvent> history = [Decide(instance.EndMs, 1, Attack), Decide(instance.EndMs + 50, 2, Attack)];

        CheckResult result = new TerminationChecker([instance], slackMs: 5).Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Equal(
        [
            "instance 1: loyal general 2 decided at 260 ms, after the bound 215 ms",
            "instance 1: loyal general 3 never decided (bound 215 ms)",
        ], result.Witness);
    }

    [Fact]
    public void Termination_CrashStoppedGeneral_Excused_ButRestartedOneIsNot()
    {
        AgreementInstance instance = Om(3, 1);
        List<HistoryEvent> stopped = [Crash(50, 3), Decide(instance.EndMs, 1, Attack), Decide(instance.EndMs, 2, Attack)];
        List<HistoryEvent> restarted = [.. stopped, Restart(80, 3)];

        Assert.Equal(Verdict.Valid, new TerminationChecker([instance], 0).Check(stopped).Verdict);
        Assert.Equal(Verdict.Invalid, new TerminationChecker([instance], 0).Check(restarted).Verdict);
    }

    [Theory]
    [InlineData(4, 1, 9)]
    [InlineData(7, 2, 156)]
    public void OralMessageCount_ClosedForm_MatchesHandComputedValues(int n, int m, long expected)
    {
        Assert.Equal(expected, OralMessageCountChecker.ClosedForm(n, m));
    }

    [Fact]
    public void OralMessageCount_LoyalRunWithClosedFormCount_Valid()
    {
        AgreementInstance instance = Om(4, 1);

        CheckResult result = new OralMessageCountChecker([instance]).Check(OmSends(4).ToList());

        Assert.Equal(Verdict.Valid, result.Verdict);
        Assert.Equal(9, result.Figures["messages"]);
    }

    [Fact]
    public void OralMessageCount_OneMessageMissing_InvalidWithPerRoundWitness()
    {
        AgreementInstance instance = Om(4, 1);

        CheckResult result = new OralMessageCountChecker([instance]).Check(OmSends(4).Skip(1).ToList());

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Equal("instance 1: 8 messages, M(4,1) = 9 (round 0: 2 of 3, round 1: 6 of 6)", Assert.Single(result.Witness));
    }

    [Fact]
    public void OralMessageCount_InstanceWithTraitor_NotJudgedSoUnknown()
    {
        AgreementInstance instance = Om(4, 1, traitors: 2);

        CheckResult result = new OralMessageCountChecker([instance]).Check(OmSends(4).Skip(3).ToList());

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Equal(0, result.Figures["instances-judged"]);
    }

    [Fact]
    public void StableDecision_SameDecisionReportedAfterReboot_Valid()
    {
        List<HistoryEvent> history = [Decide(210, 2, Attack), Decide(500, 2, Attack, incarnation: 2)];

        CheckResult result = new StableDecisionChecker().Check(history);

        Assert.Equal(Verdict.Valid, result.Verdict);
        Assert.Equal(1, result.Figures["repeated-reports"]);
    }

    [Fact]
    public void StableDecision_ChangedAfterReboot_InvalidWithWitness()
    {
        List<HistoryEvent> history = [Decide(210, 2, Attack), Decide(500, 2, Retreat, incarnation: 2)];

        CheckResult result = new StableDecisionChecker().Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Equal("instance 1: general 2 decided ATTACK at 210 ms (incarnation 1) and RETREAT at 500 ms (incarnation 2)", Assert.Single(result.Witness));
    }

    private static readonly ForgerRole[] FourForgesInInstance1 = [new(Instance: 1, General: 4, SetAtMs: 0, StartedAtMs: 0, Standing: false)];

    [Fact]
    public void ForgeryRejection_EveryDeliveredForgeryRejected_Valid()
    {
        List<HistoryEvent> history = [Deliver(111, 4, 2, 1), Deliver(111, 4, 3, 1), Reject(111, 2, 4, 8), Reject(111, 3, 4, 8)];

        CheckResult result = new ForgeryRejectionChecker(FourForgesInInstance1).Check(history);

        Assert.Equal(Verdict.Valid, result.Verdict);
        Assert.Equal(2, result.Figures["forgeries-rejected"]);
    }

    [Fact]
    public void ForgeryRejection_ForgeryAccepted_InvalidWithWitness()
    {
        List<HistoryEvent> history = [Deliver(111, 4, 2, 1), Deliver(111, 4, 3, 1), Reject(111, 2, 4, 8)];

        CheckResult result = new ForgeryRejectionChecker(FourForgesInInstance1).Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.Equal("instance 1: general 3 received 1 messages from forger 4 but rejected 0", Assert.Single(result.Witness));
    }

    [Fact]
    public void ForgeryRejection_NoForgeryDelivered_Unknown()
    {
        Assert.Equal(Verdict.Unknown, new ForgeryRejectionChecker(FourForgesInInstance1).Check([]).Verdict);
    }

    private static IEnumerable<HistoryEvent> OmSends(int n)
    {
        for (int to = 2; to <= n; to++)
        {
            yield return Send(10, 1, to, 0, $"ATTACK path 1");
        }

        for (int from = 2; from <= n; from++)
        {
            for (int to = 2; to <= n; to++)
            {
                if (to != from)
                {
                    yield return Send(110, from, to, 1, $"ATTACK path 1>{from}");
                }
            }
        }
    }
}
