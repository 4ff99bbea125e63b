using Generals.Core.Protocols;

namespace Generals.Core.Tests.Protocols;

public class TraitorPlanTests
{
    private static readonly int[] Seven = [1, 2, 3, 4, 5, 6, 7];

    [Fact]
    public void SideOf_CollusionWithSameSeed_EveryTraitorDrawsTheSamePartition()
    {
        long mask = (1L << 2) | (1L << 5);
        for (ulong seed = 0; seed < 50; seed++)
        {
            var first = new TraitorPlan(TraitorStrategy.Collude, mask, seed, 3, 2, Seven);
            var second = new TraitorPlan(TraitorStrategy.Collude, mask, seed, 3, 5, Seven);

            Assert.Equal(Seven.Select(first.SideOf), Seven.Select(second.SideOf));
        }
    }

    [Fact]
    public void SideOf_Collusion_SplitsTheOthersIntoHalvesToldOppositeOrders()
    {
        var plan = new TraitorPlan(TraitorStrategy.Collude, (1L << 2) | (1L << 5), 9, 1, 2, Seven);

        int[] others = [1, 3, 4, 6, 7];
        int attacks = others.Count(g => plan.SideOf(g) == ProtocolCodes.Attack);

        Assert.Equal(3, attacks);
    }

    [Fact]
    public void SideOf_EquivocationWithSameSeed_DiffersBetweenTraitorsForSomeSeed()
    {
        bool differs = Enumerable.Range(0, 50).Any(seed =>
        {
            var first = new TraitorPlan(TraitorStrategy.Equivocate, 0, (ulong)seed, 1, 2, Seven);
            var second = new TraitorPlan(TraitorStrategy.Equivocate, 0, (ulong)seed, 1, 5, Seven);
            return !Seven.Select(first.SideOf).SequenceEqual(Seven.Select(second.SideOf));
        });

        Assert.True(differs);
    }

    [Fact]
    public void OrderFor_EnumeratedPlan_ReadsTheBinaryDigitsOfThePlanIndex()
    {
        var plan = new TraitorPlan(TraitorStrategy.Random, TraitorPlan.EnumeratedPlans, 0b1101, 1, 1, Seven);

        int[] orders = Enumerable.Range(0, 5).Select(_ => plan.OrderFor(2, ProtocolCodes.Retreat)).ToArray();

        Assert.Equal([1, 0, 1, 1, 0], orders);
        Assert.Equal(5, plan.Source.Choices);
        Assert.False(plan.Source.Overflowed);
    }

    [Fact]
    public void Overflowed_PlanIndexBeyondTheChoicesMade_IsReported()
    {
        var plan = new TraitorPlan(TraitorStrategy.Random, TraitorPlan.EnumeratedPlans, 0b100, 1, 1, Seven);

        plan.OrderFor(2, ProtocolCodes.Retreat);
        plan.OrderFor(3, ProtocolCodes.Retreat);

        Assert.True(plan.Source.Overflowed);
    }

    [Fact]
    public void OrderFor_SampledPlans_ReachEverySlotOfFourHundredWithBothOrders()
    {
        // OM with n = 10, m = 3 gives a lieutenant 400 slots: an index of 64 digits leaves slots 64.. at RETREAT.
        const int slots = 400;
        long parameter = TraitorPlan.PlanParameter(TraitorPlan.SampledPlans, 0, 0);
        var attacks = new int[slots];
        const int samples = 64;

        for (ulong seed = 1; seed <= samples; seed++)
        {
            var plan = new TraitorPlan(TraitorStrategy.Random, parameter, seed, 1, 5, Seven);
            for (int slot = 0; slot < slots; slot++)
            {
                attacks[slot] += plan.OrderFor(2, ProtocolCodes.Retreat) == ProtocolCodes.Attack ? 1 : 0;
            }
        }

        Assert.All(attacks, count => Assert.InRange(count, 1, samples - 1));
    }

    [Fact]
    public void OrderFor_SampledPlanWindow_KeepsTheFullPlansDrawsInsideAndRetreatsOutside()
    {
        long full = TraitorPlan.PlanParameter(TraitorPlan.SampledPlans, 0, 0);
        long window = TraitorPlan.PlanParameter(TraitorPlan.SampledPlans, 100, 50);

        int[] all = Orders(new TraitorPlan(TraitorStrategy.Random, full, 9, 1, 5, Seven), 300);
        int[] kept = Orders(new TraitorPlan(TraitorStrategy.Random, window, 9, 1, 5, Seven), 300);

        Assert.Equal(all[100..150], kept[100..150]);
        Assert.All(kept[..100], o => Assert.Equal(ProtocolCodes.Retreat, o));
        Assert.All(kept[150..], o => Assert.Equal(ProtocolCodes.Retreat, o));
        Assert.Contains(ProtocolCodes.Attack, kept[100..150]);
    }

    [Fact]
    public void OrderFor_EnumeratedPlanFromASlot_ReadsDigitJAtThatSlotPlusJ()
    {
        long parameter = TraitorPlan.PlanParameter(TraitorPlan.EnumeratedPlans, 397, 0);
        var plan = new TraitorPlan(TraitorStrategy.Random, parameter, 0b101, 1, 5, Seven);

        int[] orders = Orders(plan, 400);

        Assert.Equal([1, 0, 1], orders[397..]);
        Assert.All(orders[..397], o => Assert.Equal(ProtocolCodes.Retreat, o));
    }

    [Theory]
    [InlineData(1, TraitorPlan.EnumeratedPlans)]
    [InlineData(2, TraitorPlan.SampledPlans)]
    [InlineData(0, 0)]
    [InlineData(3, 0)]
    [InlineData(-255, 0)]
    [InlineData(1L << 56 | 1, 0)]
    public void PlanModeOf_Parameter_NamesItsModeOrTheThreeWayDraw(long parameter, long mode)
    {
        Assert.Equal(mode, TraitorPlan.PlanModeOf(parameter));
    }

    [Fact]
    public void PlanParameter_Window_RoundTripsItsFields()
    {
        long parameter = TraitorPlan.PlanParameter(TraitorPlan.SampledPlans, 12345, TraitorPlan.PlanSlotFieldMax);

        Assert.Equal(TraitorPlan.SampledPlans, TraitorPlan.PlanModeOf(parameter));
        Assert.Equal(12345, TraitorPlan.FirstSlotOf(parameter));
        Assert.Equal(TraitorPlan.PlanSlotFieldMax, TraitorPlan.SlotCountOf(parameter));
        Assert.Equal(TraitorPlan.EnumeratedPlans, TraitorPlan.PlanParameter(TraitorPlan.EnumeratedPlans, 0, 0));
    }

    [Theory]
    [InlineData(TraitorStrategy.Loyal, ProtocolCodes.Attack)]
    [InlineData(TraitorStrategy.Silent, ProtocolCodes.NoOrder)]
    [InlineData(TraitorStrategy.Forge, ProtocolCodes.Attack)]
    [InlineData(TraitorStrategy.Late, ProtocolCodes.Attack)]
    public void OrderFor_FixedStrategies_ReturnWhatTheyPromise(TraitorStrategy strategy, int expected)
    {
        var plan = new TraitorPlan(strategy, 0, 1, 1, 1, Seven);

        Assert.Equal(expected, plan.OrderFor(2, ProtocolCodes.Attack));
    }

    [Fact]
    public void OrderFor_SameSeed_SameChoices()
    {
        int[] Draw() => Enumerable.Range(0, 40).Select(i =>
            new TraitorPlan(TraitorStrategy.Random, 0, 77, 4, 3, Seven).OrderFor(1 + (i % 7), ProtocolCodes.Attack)).ToArray();

        Assert.Equal(Draw(), Draw());
    }

    private static int[] Orders(TraitorPlan plan, int slots) =>
        Enumerable.Range(0, slots).Select(_ => plan.OrderFor(2, ProtocolCodes.Retreat)).ToArray();
}
