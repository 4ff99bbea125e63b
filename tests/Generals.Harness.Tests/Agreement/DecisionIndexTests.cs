using Generals.Core.Protocols;
using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.History;
using static Generals.Harness.Tests.Agreement.Histories;

namespace Generals.Harness.Tests.Agreement;

public class DecisionIndexTests
{
    [Fact]
    public void Ic1_TwoInstances_JudgesEachWithItsOwnDecisions()
    {
        AgreementInstance first = Om(4, 1);
        AgreementInstance second = first with { Instance = 2 };
        List<HistoryEvent> history =
        [
            .. Decisions(first, Attack),
            Decide(500, 2, Attack, instance: 2),
            Decide(500, 3, Retreat, instance: 2),
            Decide(500, 4, Attack, instance: 2),
        ];

        CheckResult result = new Ic1Checker([first, second]).Check(history);

        Assert.Equal(Verdict.Invalid, result.Verdict);
        Assert.StartsWith("instance 2:", Assert.Single(result.Witness), StringComparison.Ordinal);
    }

    [Fact]
    public void Ic2_SameInstanceNumberOfAnotherProtocol_IsNotCounted()
    {
        AgreementInstance oral = Om(4, 1);
        List<HistoryEvent> history =
        [
            .. Decisions(oral, Attack),
            Decide(100, 2, Retreat, protocol: ProtocolCodes.SignedMessages),
        ];

        CheckResult result = new Ic2Checker([oral]).Check(history);

        Assert.Equal(Verdict.Valid, result.Verdict);
    }

    [Fact]
    public void Termination_DecisionOnlyInAnotherInstance_CountsAsNeverDecided()
    {
        AgreementInstance oral = Om(3, 1);
        List<HistoryEvent> history = [Decide(oral.EndMs, 1, Attack), Decide(oral.EndMs, 2, Attack), Decide(oral.EndMs, 3, Attack, instance: 7)];

        CheckResult result = new TerminationChecker([oral], 20).Check(history);

        Assert.Contains(result.Witness, w => w.Contains("loyal general 3 never decided", StringComparison.Ordinal));
    }
}
