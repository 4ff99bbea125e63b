using Generals.Core.Node;
using Generals.Core.Protocols;

namespace Generals.Core.Tests.Protocols;

/// <summary>
/// A loyal lieutenant whose power is cut mid-protocol and who restarts before the end decides as it would have.
/// The traitor makes the lost message matter: without what it received before the cut, it would decide otherwise.
/// </summary>
public class RecoveryTests
{
    private const int Attack = ProtocolCodes.Attack;

    [Theory]
    [InlineData(60, 80, false)]
    [InlineData(60, 80, true)]
    [InlineData(150, 180, false)]
    [InlineData(150, 180, true)]
    public void PowerCut_OmLieutenantRestartsBeforeTheEnd_DecidesAsWithoutTheCut(long offMs, long onMs, bool clockRestarts)
    {
        int expected = RunOm(cut: false, offMs, onMs, clockRestarts).DecisionOf(2, 1)!.Value;

        TestNetwork network = RunOm(cut: true, offMs, onMs, clockRestarts);

        Assert.Equal(Attack, expected);
        Assert.Equal(expected, network.DecisionOf(2, 1));
        Assert.DoesNotContain(network.Rejections, r => r.From == 2);
        Assert.Equal(2, network.Sent.Count(s => s.From == 2));
    }

    [Fact]
    public void PowerCut_OmAfterDeciding_ReportsTheSameDecisionAgainAndSendsNothing()
    {
        TestNetwork network = RunOm(cut: false, 0, 0, false);
        int sent = network.Sent.Count;

        network.PowerOff(2);
        network.Restart(2, clockRestarts: true);
        network.RunUntil(2_000);

        Assert.Equal([Attack, Attack], network.Decisions.Where(d => d.General == 2).Select(d => d.Value));
        Assert.Equal(sent, network.Sent.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PowerCut_SmLieutenantRestartsBeforeRelaying_RelaysAndDecidesAsWithoutTheCut(bool clockRestarts)
    {
        var network = new TestNetwork(3, () => new SignedMessages());
        network.SetTraitor(3, TraitorStrategy.Silent);
        network.Start(ProtocolCodes.SignedMessages, 1, commander: 1, Attack, m: 1, roundMs: 100, startDelayMs: 10);

        network.RunUntil(60);
        network.PowerOff(2);
        network.RunUntil(80);
        network.Restart(2, clockRestarts);
        network.RunUntil(1_000);

        // With a restarted clock and a silent peer no frame places the schedule again: the decision still holds,
        // but the relay (due at a time the general can no longer tell) is not sent.
        Assert.Equal(Attack, network.DecisionOf(2, 1));
        Assert.Equal(clockRestarts ? 0 : 1, network.Sent.Count(s => s.From == 2));
    }

    [Fact]
    public void PowerCut_ClockRestartedAndNoFrameComes_DecidesAfterTheFallback()
    {
        var network = new TestNetwork(3, () => new OralMessages());
        network.Start(ProtocolCodes.OralMessages, 1, commander: 1, Attack, m: 1, roundMs: 100, startDelayMs: 10);
        network.RunUntil(150);
        network.PowerOff(2);
        network.RunUntil(180);

        network.Restart(2, clockRestarts: true);
        network.RunUntil(1_000);

        Decision decision = network.Decisions.Single(d => d.General == 2);
        Assert.Equal(Attack, decision.Value);
        Assert.Equal(180 + (2 * 100), decision.AtMs);
    }

    private static TestNetwork RunOm(bool cut, long offMs, long onMs, bool clockRestarts)
    {
        var network = new TestNetwork(4, () => new OralMessages());
        network.SetTraitor(4, TraitorStrategy.Forge);
        network.Start(ProtocolCodes.OralMessages, 1, commander: 1, Attack, m: 1, roundMs: 100, startDelayMs: 10);
        if (cut)
        {
            network.RunUntil(offMs);
            network.PowerOff(2);
            network.RunUntil(onMs);
            network.Restart(2, clockRestarts);
        }

        network.RunUntil(1_000);
        return network;
    }
}
