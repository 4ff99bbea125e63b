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
}
