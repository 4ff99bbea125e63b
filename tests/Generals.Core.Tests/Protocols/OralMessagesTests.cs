using Generals.Core.Node;
using Generals.Core.Protocols;

namespace Generals.Core.Tests.Protocols;

public class OralMessagesTests
{
    private const int Om = ProtocolCodes.OralMessages;
    private const int Attack = ProtocolCodes.Attack;
    private const int Retreat = ProtocolCodes.Retreat;

    public static TheoryData<int, int, long> OneTraitorN4 => Cases();

    [Theory]
    [InlineData(4, 1, Attack, 9)]
    [InlineData(4, 1, Retreat, 9)]
    [InlineData(7, 2, Attack, 156)]
    [InlineData(5, 0, Attack, 4)]
    public void Run_AllLoyal_EveryoneObeysAndMessageCountIsClosedForm(int n, int m, int order, int expectedMessages)
    {
        var network = new TestNetwork(n, () => new OralMessages());

        network.Start(Om, 1, commander: 1, order, m);
        network.RunUntil(10_000);

        Assert.All(network.Generals, g => Assert.Equal(order, network.DecisionOf(g, 1)));
        Assert.Equal(expectedMessages, network.Sent.Count);
        Assert.Equal(OralMessagesSpace.MessageCount(n, m), network.Sent.Count);
        Assert.Empty(network.Rejections);
    }

    [Fact]
    public void Run_AllLoyal_DecidesAtTheLastDeadline()
    {
        var network = new TestNetwork(4, () => new OralMessages());

        network.Start(Om, 1, commander: 2, Attack, m: 1, roundMs: 100, startDelayMs: 10);
        network.RunUntil(10_000);

        Assert.All(network.Decisions, d => Assert.Equal(10 + (2 * 100), d.AtMs));
    }

    [Theory]
    [MemberData(nameof(OneTraitorN4))]
    public void Run_N4M1OneTraitor_Ic1AndIc2Hold(int traitor, int strategy, long parameter)
    {
        foreach (int order in new[] { Attack, Retreat })
        {
            var network = new TestNetwork(4, () => new OralMessages());
            network.SetTraitor(traitor, (TraitorStrategy)strategy, parameter, planSeed: 11);

            // Two instances one after another, so Replay has an earlier order to replay.
            network.Start(Om, 1, commander: 1, ProtocolCodes.Opposite(order), m: 1);
            network.RunUntil(1_000);
            network.Start(Om, 2, commander: 1, order, m: 1);
            network.RunUntil(2_000);

            AgreementAssert.Holds(network, 1, 1, ProtocolCodes.Opposite(order), new HashSet<int> { traitor }, $"{(TraitorStrategy)strategy} at {traitor}");
            AgreementAssert.Holds(network, 2, 1, order, new HashSet<int> { traitor }, $"{(TraitorStrategy)strategy} at {traitor}");
        }
    }

    [Fact]
    public void Run_N4M1EveryPlanOfOneTraitor_Ic1AndIc2Hold()
    {
        int runs = 0;
        for (int traitor = 1; traitor <= 4; traitor++)
        {
            long plans = OralMessagesSpace.TraitorPlanCount(4, 1, commander: traitor == 1);
            for (long plan = 0; plan < plans; plan++)
            {
                foreach (int order in new[] { Attack, Retreat })
                {
                    TestNetwork network = RunWithPlan(4, 1, traitor, plan, order);
                    AgreementAssert.Holds(network, 1, 1, order, new HashSet<int> { traitor }, $"traitor {traitor} plan {plan}");
                    runs++;
                }
            }
        }

        Assert.Equal(2 * (8 + (3 * 4)), runs);
    }

    [Fact]
    public void Run_N3M1TraitorLieutenantRelaysRetreat_Ic2Violated()
    {
        // The impossibility at n = 3m: lieutenant 3 claims the commander said RETREAT; lieutenant 2 holds ATTACK and
        // RETREAT, finds no majority, and retreats although the loyal commander ordered ATTACK.
        var network = new TestNetwork(3, () => new OralMessages());
        network.SetTraitor(3, TraitorStrategy.Forge);

        network.Start(Om, 1, commander: 1, Attack, m: 1);
        network.RunUntil(1_000);

        Assert.False(AgreementAssert.Ic2(network, 1, 1, Attack, new HashSet<int> { 3 }));
        Assert.Equal(Retreat, network.DecisionOf(2, 1));
    }

    [Fact]
    public void Run_N3M1EquivocatingCommander_LieutenantsStillAgreeOnRetreat()
    {
        // With RETREAT as the default of a tie, a two-faced commander of two lieutenants leaves each holding one
        // ATTACK and one RETREAT: both retreat. At n = 3 the violation is IC2's (the test above), not IC1's.
        var network = new TestNetwork(3, () => new OralMessages());
        network.SetTraitor(1, TraitorStrategy.Random, TraitorPlan.EnumeratedPlans, planSeed: 0b01);

        network.Start(Om, 1, commander: 1, Attack, m: 1);
        network.RunUntil(1_000);

        Assert.Equal(Attack, OrderSentTo(network, 2));
        Assert.Equal(Retreat, OrderSentTo(network, 3));
        Assert.True(AgreementAssert.Ic1(network, 1, 1, new HashSet<int> { 1 }));
    }

    [Fact]
    public void Run_N3M1AllPlansOfOneTraitor_SomeViolationExists()
    {
        bool violated = false;
        for (int traitor = 1; traitor <= 3 && !violated; traitor++)
        {
            for (long plan = 0; plan < OralMessagesSpace.TraitorPlanCount(3, 1, traitor == 1); plan++)
            {
                TestNetwork network = RunWithPlan(3, 1, traitor, plan, Attack);
                var traitors = new HashSet<int> { traitor };
                violated |= !AgreementAssert.Ic1(network, 1, 1, traitors) || !AgreementAssert.Ic2(network, 1, 1, Attack, traitors);
            }
        }

        Assert.True(violated);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(1, 7)]
    [InlineData(4, 6)]
    public void Run_N7M2TwoColludingTraitors_Ic1AndIc2Hold(int first, int second)
    {
        for (ulong seed = 0; seed < 8; seed++)
        {
            var network = new TestNetwork(7, () => new OralMessages());
            long mask = (1L << first) | (1L << second);
            network.SetTraitor(first, TraitorStrategy.Collude, mask, seed);
            network.SetTraitor(second, TraitorStrategy.Collude, mask, seed);

            network.Start(Om, 1, commander: 1, Attack, m: 2);
            network.RunUntil(1_000);

            AgreementAssert.Holds(network, 1, 1, Attack, new HashSet<int> { first, second }, $"seed {seed}");
        }
    }

    [Fact]
    public void Run_N6M2TwoSilentTraitors_Ic2Violated()
    {
        var network = new TestNetwork(6, () => new OralMessages());
        network.SetTraitor(5, TraitorStrategy.Silent);
        network.SetTraitor(6, TraitorStrategy.Silent);

        network.Start(Om, 1, commander: 1, Attack, m: 2);
        network.RunUntil(1_000);

        Assert.False(AgreementAssert.Ic2(network, 1, 1, Attack, new HashSet<int> { 5, 6 }));
    }

    [Fact]
    public void Receive_ForgedPath_RejectedAndCounted()
    {
        var network = new TestNetwork(4, () => new OralMessages());
        network.SetTraitor(4, TraitorStrategy.Forge, parameter: 1);

        network.Start(Om, 1, commander: 1, Attack, m: 1);
        network.RunUntil(1_000);

        Assert.Equal(2, network.Rejections.Count(r => r.From == 4 && r.Reason == RejectReason.ProtocolViolation && r.Detail == ProtocolViolation.BadPath));
        AgreementAssert.Holds(network, 1, 1, Attack, new HashSet<int> { 4 }, "forged path");
    }

    [Fact]
    public void Receive_LateTraitor_MessagesRejectedAsLateAndTreatedAsRetreat()
    {
        var network = new TestNetwork(3, () => new OralMessages());
        network.SetTraitor(1, TraitorStrategy.Late);

        network.Start(Om, 1, commander: 1, Attack, m: 1, roundMs: 100, startDelayMs: 10);
        network.RunUntil(1_000);

        Assert.Equal(2, network.Rejections.Count(r => r.From == 1 && r.Detail == ProtocolViolation.Late));
        Assert.All(network.Sent.Where(s => s.From == 1), s => Assert.Equal(10 + 100 + 1, s.AtMs));
        Assert.Equal(Retreat, network.DecisionOf(2, 1));
        Assert.Equal(Retreat, network.DecisionOf(3, 1));
    }

    [Fact]
    public void Receive_UnknownInstanceAndMalformedPayload_RejectedAndCounted()
    {
        var network = new TestNetwork(3, () => new OralMessages());
        network.Start(Om, 1, commander: 1, Attack, m: 1);
        FakeNodeContext context = network.Context(2);
        var module = (OralMessages)network.Module(2);

        module.Receive(context, ProtocolFrames.Frame(1, 2, instance: 9, round: 0, OralMessagePayload.Encode(Attack, [1], 1)));
        module.Receive(context, ProtocolFrames.Frame(1, 2, instance: 1, round: 0, [ProtocolCodes.OralMessages, 7, 1, 1]));

        Assert.Contains(context.Reports.OfType<RejectedEvent>(), r => r.Detail == ProtocolViolation.UnknownInstance);
        Assert.Contains(context.Reports.OfType<RejectedEvent>(), r => r.Detail == ProtocolViolation.Malformed);
    }

    [Theory]
    [InlineData(0, 1, 1, 100, 10)]
    [InlineData(1, 9, 1, 100, 10)]
    [InlineData(1, 1, 2, 100, 10)]
    [InlineData(1, 1, 1, 0, 10)]
    [InlineData(1, 1, 7, 100, 10)]
    public void Control_BadStartInstance_RejectedAsBadControl(long instance, long commander, long order, long roundMs, long startDelayMs)
    {
        var network = new TestNetwork(3, () => new OralMessages());
        FakeNodeContext context = network.Context(1);
        long m = order == 7 ? 7 : 1;

        network.Module(1).Control(context, new StartInstanceCommand(Om, instance, commander, order == 7 ? Attack : order, m, roundMs, startDelayMs, 0));

        Assert.Contains(context.Reports.OfType<RejectedEvent>(), r => r.Reason == RejectReason.BadControl && r.Detail == ProtocolViolation.BadStart);
    }

    [Fact]
    public void Control_SameInstanceTwice_SecondRejected()
    {
        var network = new TestNetwork(3, () => new OralMessages());

        network.Start(Om, 1, commander: 1, Attack, m: 1);
        network.Start(Om, 1, commander: 1, Attack, m: 1);

        Assert.Contains(network.Rejections, r => r.General == 2 && r.Reason == RejectReason.BadControl && r.Detail == ProtocolViolation.DuplicateInstance);
    }

    [Fact]
    public void Decide_Always_PersistsDecisionBeforeReportingIt()
    {
        var network = new TestNetwork(4, () => new OralMessages());

        network.Start(Om, 5, commander: 3, Attack, m: 1);
        network.RunUntil(1_000);

        foreach (int general in network.Generals)
        {
            List<string> operations = network.Context(general).Operations;
            int persisted = operations.IndexOf("persist decision/2/5");
            int reported = operations.IndexOf("report " + TelemetryType.Decided);
            Assert.InRange(persisted, 0, reported - 1);
            Assert.Equal([Attack, 1], network.Context(general).Store["decision/2/5"]);
        }
    }

    [Fact]
    public void Run_N10M3SampledPlan_EveryOneOfFourHundredRelaysCarriesItsSlotsOrder()
    {
        long parameter = TraitorPlan.PlanParameter(TraitorPlan.SampledPlans, 0, 0);
        const int traitor = 5;
        int slots = (int)OralMessagesSpace.TraitorSlots(10, 3, commander: false);
        bool lastAttacked = false;

        for (ulong seed = 1; seed <= 4; seed++)
        {
            var network = new TestNetwork(10, () => new OralMessages());
            network.SetTraitor(traitor, TraitorStrategy.Random, parameter, seed);
            network.Start(Om, 1, commander: 1, Retreat, m: 3, roundMs: 100);
            network.RunUntil(1_000);

            int[] sent = network.Sent.Where(s => s.From == traitor).Select(s => (int)s.Payload[1]).ToArray();
            var plan = new TraitorPlan(TraitorStrategy.Random, parameter, seed, 1, traitor, [.. Enumerable.Range(1, 10)]);
            int[] planned = Enumerable.Range(0, slots).Select(_ => plan.OrderFor(1, Retreat)).ToArray();
            Assert.Equal(400, slots);
            Assert.Equal(planned, sent);
            lastAttacked |= sent[^1] == Attack;
        }

        Assert.True(lastAttacked);
    }

    internal static TestNetwork RunWithPlan(int n, int m, int traitor, long plan, int order)
    {
        var network = new TestNetwork(n, () => new OralMessages());
        network.SetTraitor(traitor, TraitorStrategy.Random, TraitorPlan.EnumeratedPlans, (ulong)plan);
        network.Start(Om, 1, commander: 1, order, m);
        network.RunUntil(1_000);
        return network;
    }

    private static int OrderSentTo(TestNetwork network, int recipient) =>
        network.Sent.Single(s => s.From == 1 && s.To == recipient).Payload[1];

    private static TheoryData<int, int, long> Cases()
    {
        var data = new TheoryData<int, int, long>();
        for (int traitor = 1; traitor <= 4; traitor++)
        {
            data.Add(traitor, (int)TraitorStrategy.Silent, 0);
            data.Add(traitor, (int)TraitorStrategy.Equivocate, 0);
            data.Add(traitor, (int)TraitorStrategy.Random, 0);
            data.Add(traitor, (int)TraitorStrategy.Collude, 0);
            data.Add(traitor, (int)TraitorStrategy.Forge, 0);
            data.Add(traitor, (int)TraitorStrategy.Forge, 1);
            data.Add(traitor, (int)TraitorStrategy.Replay, 0);
            data.Add(traitor, (int)TraitorStrategy.Late, 0);
        }

        return data;
    }
}
