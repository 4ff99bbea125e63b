using Generals.Core.Node;
using Generals.Core.Protocols;

namespace Generals.Core.Tests.Protocols;

public class TwoGeneralsTests
{
    private const int Tg = ProtocolCodes.TwoGenerals;
    private const int Attack = ProtocolCodes.Attack;
    private const int Retreat = ProtocolCodes.Retreat;

    [Theory]
    [InlineData(0, false, false, Attack, Attack)]
    [InlineData(0, true, false, Attack, Retreat)]
    [InlineData(1, false, false, Attack, Attack)]
    [InlineData(1, false, true, Retreat, Attack)]
    [InlineData(1, true, false, Retreat, Retreat)]
    [InlineData(3, false, false, Attack, Attack)]
    public void Run_Strategy_OutcomeFollowsWhatGotThrough(int acksRequired, bool messengersLost, bool acksLost, int expectedA, int expectedB)
    {
        var network = new TestNetwork(2, () => new TwoGenerals())
        {
            Drop = m => m.Payload[1] == TwoGenerals.Messenger ? messengersLost : acksLost,
        };

        Start(network, acksRequired, messengers: 5);
        network.RunUntil(10_000);

        Assert.Equal(expectedA, network.DecisionOf(1, 1));
        Assert.Equal(expectedB, network.DecisionOf(2, 1));
    }

    [Fact]
    public void Run_AlwaysAttack_SendsEveryMessengerAtTheRetryInterval()
    {
        var network = new TestNetwork(2, () => new TwoGenerals());

        Start(network, acksRequired: 0, messengers: 4, retryMs: 50, startDelayMs: 10);
        network.RunUntil(10_000);

        Assert.Equal([10L, 60, 110, 160], network.Sent.Where(s => s.From == 1).Select(s => s.AtMs));
        Assert.All(network.Decisions, d => Assert.Equal(10 + (5 * 50), d.AtMs));
    }

    [Fact]
    public void Run_KAcknowledgements_StopsSendingOnceItHoldsK()
    {
        var network = new TestNetwork(2, () => new TwoGenerals());

        Start(network, acksRequired: 2, messengers: 10);
        network.RunUntil(10_000);

        Assert.Equal(2, network.Sent.Count(s => s.From == 1));
        Assert.Equal(Attack, network.DecisionOf(1, 1));
    }

    [Fact]
    public void Run_LastAcknowledgementLost_BAttacksAlone()
    {
        // The last-messenger argument: with k = 1, losing the one acknowledgement that mattered leaves B alone.
        var network = new TestNetwork(2, () => new TwoGenerals())
        {
            Drop = m => m.Payload[1] == TwoGenerals.Acknowledgement,
        };

        Start(network, acksRequired: 1, messengers: 1);
        network.RunUntil(10_000);

        Assert.Equal(Retreat, network.DecisionOf(1, 1));
        Assert.Equal(Attack, network.DecisionOf(2, 1));
    }

    [Fact]
    public void Decide_Always_PersistsDecisionBeforeReportingIt()
    {
        var network = new TestNetwork(2, () => new TwoGenerals());

        Start(network, acksRequired: 1, messengers: 2);
        network.RunUntil(10_000);

        foreach (int general in network.Generals)
        {
            List<string> operations = network.Context(general).Operations;
            Assert.InRange(operations.IndexOf("persist decision/1/1"), 0, operations.IndexOf("report " + TelemetryType.Decided) - 1);
        }
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1001, 100)]
    [InlineData(5, 0)]
    public void Control_BadArguments_RejectedAsBadControl(long messengers, long retryMs)
    {
        var network = new TestNetwork(2, () => new TwoGenerals());

        network.ControlAll(new StartInstanceCommand(Tg, 1, 1, Attack, 0, retryMs, 10, messengers));

        Assert.Equal(2, network.Rejections.Count(r => r.Reason == RejectReason.BadControl && r.Detail == ProtocolViolation.BadStart));
    }

    private static void Start(TestNetwork network, int acksRequired, int messengers, int retryMs = 100, int startDelayMs = 10) =>
        network.ControlAll(new StartInstanceCommand(Tg, 1, 1, Attack, acksRequired, retryMs, startDelayMs, messengers));
}
