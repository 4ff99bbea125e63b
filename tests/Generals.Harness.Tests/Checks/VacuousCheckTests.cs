using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Agreement;
using Generals.Harness.Checkers.Links;
using Generals.Harness.History;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Checks;

/// <summary>No check passes when the events it judges did not happen: each says unknown, with the reason.</summary>
public class VacuousCheckTests
{
    /// <summary>A scenario that asks for something of every checker: a stream, detectors, rogue traffic, an OM, a Two Generals
    /// and an SM instance with a forger, so each checker has work it expects to see.</summary>
    private const string Everything = """
        name: everything
        generals: 4
        duration_ms: 2000
        link: { reliable: true, authenticated: true }
        faults:
          - { node: 0, kind: rogue, at_ms: 100 }
        workload:
          - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 10, interval_ms: 10, first_id: 1 }
          - { at_ms: 0, node: 0, command: start-detector, args: [1, 100, 300, 0] }
          - { at_ms: 0, node: 0, command: start-instance, args: [2, 1, 1, 1, 1, 100, 10] }
          - { at_ms: 0, node: 0, command: start-instance, args: [1, 2, 1, 1, 0, 100, 10, 3] }
          - { at_ms: 500, node: 4, command: set-traitor, args: [5, 0, 0] }
          - { at_ms: 500, node: 0, command: start-instance, args: [3, 3, 1, 1, 1, 100, 10] }
        """;

    public static TheoryData<string> CatalogNames()
    {
        var data = new TheoryData<string>();
        foreach (string name in CheckerCatalog.Names)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CatalogNames))]
    public void Check_NothingHappened_Unknown(string check)
    {
        Scenario scenario = ScenarioLoader.Parse(Everything + $"\nchecks: [{check}]\n", "everything.yaml");
        IChecker checker = Assert.Single(CheckerCatalog.For(scenario));
        IReadOnlyList<HistoryEvent> history = [Boot(1), Boot(2), Boot(3), Boot(4), new HistoryEvent { TimeMs = 7000, Type = HistoryType.End }];

        CheckResult result = checker.Check(history);

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.NotEmpty(result.Witness);
    }

    [Fact]
    public void RunSim_OmInstanceTheGeneralsRefuse_IcChecksUnknownNamingTheRefusal()
    {
        // n = 13, m = 3 exceeds the generals' stored-path limit; built in code, so the validator does not stop it.
        var scenario = new Scenario
        {
            Name = "om13", Generals = 13, DurationMs = 2000, SettleMs = 500,
            Workload = [new WorkloadSpec { AtMs = 0, Node = 0, Command = ControlType.StartInstance, Args = [2, 1, 1, 1, 3, 100, 10] }],
            Checks = ["ic1", "ic2", "termination", "om-message-count"],
        };

        RunOutcome run = ScenarioRunner.RunSim(scenario, 1);

        Assert.Equal(13, run.History.Count(e => e.Type == HistoryType.Reject && e.Rejection == RejectReason.BadControl && e.Code == ProtocolViolation.BadStart));
        Assert.All(run.Checks, c => Assert.Equal(Verdict.Unknown, c.Verdict));
        Assert.Contains("refused `start-instance protocol=2 instance=1 commander=1 order=1 m=3 round_ms=100 start_delay_ms=10 messengers=0`", run.Checks.Single(c => c.Name == "ic1").Witness[0], StringComparison.Ordinal);
        Assert.Equal(0, run.Checks.Single(c => c.Name == "ic2").Figures["obeyed"]);
        Assert.Equal(Verdict.Unknown, run.Verdict);
    }

    [Fact]
    public void Ic1_SomeLoyalLieutenantNeverDecided_UnknownNotValid()
    {
        AgreementInstance instance = new(1, ProtocolCodes.OralMessages, 1, ProtocolCodes.Attack, 1, 100, 10, [1, 2, 3, 4], new HashSet<int>());
        List<HistoryEvent> history = [Decide(2, ProtocolCodes.Attack), Decide(3, ProtocolCodes.Attack)];

        CheckResult ic1 = new Ic1Checker([instance]).Check(history);
        CheckResult ic2 = new Ic2Checker([instance]).Check(history);

        Assert.Equal(Verdict.Unknown, ic1.Verdict);
        Assert.Equal("instance 1: loyal lieutenant 4 never decided", Assert.Single(ic1.Witness));
        Assert.Equal(Verdict.Unknown, ic2.Verdict);
    }

    [Fact]
    public void ReliableDelivery_StreamNeverSent_UnknownNamingWhatWasAsked()
    {
        var checker = new ReliableDeliveryChecker(durable: false, [new StreamPlan(1, 2, 1000, 300, 0)]);

        CheckResult result = checker.Check([Boot(1), Boot(2), new HistoryEvent { TimeMs = 5000, Type = HistoryType.End }]);

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Equal(0, result.Figures["sent"]);
        Assert.Equal(300, result.Figures["not-sent"]);
        Assert.StartsWith("no message was sent (the workload asked for 300)", result.Witness[0], StringComparison.Ordinal);
    }

    [Fact]
    public void StableDecision_NoGeneralRebooted_ValidAndSaysNothingWasTested()
    {
        CheckResult result = new StableDecisionChecker().Check([Decide(2, ProtocolCodes.Attack)]);

        Assert.Equal(Verdict.Valid, result.Verdict);
        Assert.Contains("no recovery was put to the test", Assert.Single(result.Witness), StringComparison.Ordinal);
    }

    private static HistoryEvent Boot(int node) => new() { TimeMs = 0, Type = HistoryType.Boot, General = node, Incarnation = 1 };

    private static HistoryEvent Decide(int node, int value) =>
        new() { TimeMs = 300, Type = HistoryType.Decide, General = node, Instance = 1, Value = value, Protocol = ProtocolCodes.OralMessages };
}
