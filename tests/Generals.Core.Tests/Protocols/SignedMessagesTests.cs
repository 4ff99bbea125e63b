using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Protocols;

namespace Generals.Core.Tests.Protocols;

public class SignedMessagesTests
{
    private const int Sm = ProtocolCodes.SignedMessages;
    private const int Attack = ProtocolCodes.Attack;
    private const int Retreat = ProtocolCodes.Retreat;

    public static TheoryData<int, int, long> OneTraitorN3 => Cases(3);

    [Theory]
    [InlineData(3, 1, Attack)]
    [InlineData(3, 1, Retreat)]
    [InlineData(4, 2, Attack)]
    public void Run_AllLoyal_EveryoneObeys(int n, int m, int order)
    {
        var network = new TestNetwork(n, () => new SignedMessages());

        network.Start(Sm, 1, commander: 1, order, m);
        network.RunUntil(10_000);

        Assert.All(network.Generals, g => Assert.Equal(order, network.DecisionOf(g, 1)));
        Assert.Empty(network.Rejections);
    }

    [Theory]
    [MemberData(nameof(OneTraitorN3))]
    public void Run_N3M1OneTraitor_Ic1AndIc2Hold(int traitor, int strategy, long parameter)
    {
        foreach (int order in new[] { Attack, Retreat })
        {
            var network = new TestNetwork(3, () => new SignedMessages());
            network.SetTraitor(traitor, (TraitorStrategy)strategy, parameter, planSeed: 5);

            network.Start(Sm, 1, commander: 1, ProtocolCodes.Opposite(order), m: 1);
            network.RunUntil(1_000);
            network.Start(Sm, 2, commander: 1, order, m: 1);
            network.RunUntil(2_000);

            AgreementAssert.Holds(network, 1, 1, ProtocolCodes.Opposite(order), new HashSet<int> { traitor }, $"{(TraitorStrategy)strategy} at {traitor}");
            AgreementAssert.Holds(network, 2, 1, order, new HashSet<int> { traitor }, $"{(TraitorStrategy)strategy} at {traitor}");
        }
    }

    [Theory]
    [InlineData(1, 2, TraitorStrategy.Collude)]
    [InlineData(2, 3, TraitorStrategy.Collude)]
    [InlineData(1, 4, TraitorStrategy.Random)]
    [InlineData(3, 4, TraitorStrategy.Forge)]
    [InlineData(1, 3, TraitorStrategy.Equivocate)]
    public void Run_N4M2TwoTraitors_Ic1AndIc2Hold(int first, int second, TraitorStrategy strategy)
    {
        for (ulong seed = 0; seed < 16; seed++)
        {
            var network = new TestNetwork(4, () => new SignedMessages());
            long parameter = strategy == TraitorStrategy.Collude ? (1L << first) | (1L << second) : 0;
            network.SetTraitor(first, strategy, parameter, seed);
            network.SetTraitor(second, strategy, parameter, seed);

            network.Start(Sm, 1, commander: 1, Attack, m: 2);
            network.RunUntil(1_000);

            AgreementAssert.Holds(network, 1, 1, Attack, new HashSet<int> { first, second }, $"{strategy} seed {seed}");
        }
    }

    [Theory]
    [InlineData(1, ProtocolViolation.BadSignature)]
    [InlineData(2, ProtocolViolation.BadSignature)]
    [InlineData(3, ProtocolViolation.BadChain)]
    public void Receive_ForgedRelay_RejectedCountedAndIgnored(long mode, int expectedDetail)
    {
        var network = new TestNetwork(4, () => new SignedMessages());
        network.SetTraitor(4, TraitorStrategy.Forge, mode);

        network.Start(Sm, 1, commander: 1, Attack, m: 1);
        network.RunUntil(1_000);

        Rejection[] rejected = network.Rejections.Where(r => r.From == 4).ToArray();
        Assert.Equal(2, rejected.Length);
        Assert.All(rejected, r => Assert.Equal((RejectReason.ProtocolViolation, (long)expectedDetail), (r.Reason, r.Detail)));
        AgreementAssert.Holds(network, 1, 1, Attack, new HashSet<int> { 4 }, $"forge mode {mode}");
    }

    [Fact]
    public void Receive_ForgingCommander_LieutenantsRejectAndRetreatTogether()
    {
        var network = new TestNetwork(3, () => new SignedMessages());
        network.SetTraitor(1, TraitorStrategy.Forge, parameter: 1);

        network.Start(Sm, 1, commander: 1, Attack, m: 1);
        network.RunUntil(1_000);

        Assert.Equal(2, network.Rejections.Count(r => r.From == 1 && r.Detail == ProtocolViolation.BadSignature));
        Assert.Equal(Retreat, network.DecisionOf(2, 1));
        Assert.Equal(Retreat, network.DecisionOf(3, 1));
    }

    [Fact]
    public void Receive_ChainReplayedFromEarlierInstance_Rejected()
    {
        var network = new TestNetwork(3, () => new SignedMessages());
        network.SetTraitor(1, TraitorStrategy.Replay);

        network.Start(Sm, 1, commander: 1, Attack, m: 1);
        network.RunUntil(1_000);
        network.Start(Sm, 2, commander: 1, Attack, m: 1);
        network.RunUntil(2_000);

        Assert.Equal(Attack, network.DecisionOf(2, 1));
        Assert.Equal(2, network.Rejections.Count(r => r.From == 1 && r.Detail == ProtocolViolation.BadSignature));
        Assert.Equal(Retreat, network.DecisionOf(2, 2));
        Assert.Equal(Retreat, network.DecisionOf(3, 2));
    }

    [Fact]
    public void Receive_EquivocatingCommander_BothLieutenantsHoldBothOrdersAndRetreat()
    {
        var network = new TestNetwork(3, () => new SignedMessages());
        network.SetTraitor(1, TraitorStrategy.Random, TraitorPlan.EnumeratedPlans, planSeed: 0b01);

        network.Start(Sm, 1, commander: 1, Attack, m: 1);
        network.RunUntil(1_000);

        Assert.Equal(Attack, SignedChain.TryDecode(network.Sent.Single(s => s.From == 1 && s.To == 2).Payload)!.Order);
        Assert.Equal(Retreat, SignedChain.TryDecode(network.Sent.Single(s => s.From == 1 && s.To == 3).Payload)!.Order);
        Assert.Equal(Retreat, network.DecisionOf(2, 1));
        Assert.Equal(Retreat, network.DecisionOf(3, 1));
    }

    [Fact]
    public void Relay_LoyalLieutenant_ChainCarriesCommanderThenItsOwnValidSignature()
    {
        var network = new TestNetwork(3, () => new SignedMessages());
        var keys = new IdealSignatures(0x5EED);

        network.Start(Sm, 7, commander: 1, Attack, m: 1);
        network.RunUntil(1_000);

        SignedChain chain = SignedChain.TryDecode(network.Sent.Single(s => s.From == 2).Payload)!;
        Assert.Equal("1,2", chain.SignersText());
        for (int position = 0; position < chain.Count; position++)
        {
            Assert.Equal(SignatureCheck.Valid, keys.Verify(chain.Signer(position), chain.SigningBytes(FakeNodeContext.TestKit, 7, position), chain.Signature(position)));
        }

        Assert.NotEqual(SignatureCheck.Valid, keys.Verify(1, chain.SigningBytes(FakeNodeContext.TestKit, 8, 0), chain.Signature(0)));
    }

    [Fact]
    public void Decide_Always_PersistsDecisionBeforeReportingIt()
    {
        var network = new TestNetwork(3, () => new SignedMessages());

        network.Start(Sm, 4, commander: 2, Retreat, m: 1);
        network.RunUntil(1_000);

        foreach (int general in network.Generals)
        {
            List<string> operations = network.Context(general).Operations;
            Assert.InRange(operations.IndexOf("persist decision/3/4"), 0, operations.IndexOf("report " + TelemetryType.Decided) - 1);
        }
    }

    private static TheoryData<int, int, long> Cases(int n)
    {
        var data = new TheoryData<int, int, long>();
        for (int traitor = 1; traitor <= n; traitor++)
        {
            for (int strategy = 1; strategy <= 7; strategy++)
            {
                data.Add(traitor, strategy, 0);
            }

            data.Add(traitor, (int)TraitorStrategy.Forge, 2);
            data.Add(traitor, (int)TraitorStrategy.Forge, 3);
            data.Add(traitor, (int)TraitorStrategy.Random, TraitorPlan.EnumeratedPlans);
        }

        return data;
    }
}
