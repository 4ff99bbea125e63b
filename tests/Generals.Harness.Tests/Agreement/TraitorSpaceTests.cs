using System.Numerics;
using Generals.Core.Protocols;
using Generals.Core.Runtime;
using Generals.Harness.Explore;

namespace Generals.Harness.Tests.Agreement;

public class TraitorSpaceTests
{
    [Fact]
    public void Sample_OmN10M3_EverySlotOfALieutenantHoldsAttackInSomeSampleAndRetreatInAnother()
    {
        TraitorSpace space = Explorer.Space(ExploreScenarios.Oral(10, 3, ProtocolCodes.Attack, "valid"));
        var random = new Prng(7);
        int[] attacks = new int[400];
        int plans = 0;

        for (int sample = 0; sample < 64; sample++)
        {
            foreach (TraitorChoice traitor in space.Sample(random).Where(t => t.General != 1))
            {
                int[] orders = traitor.Behaviour.Orders(400)!;
                plans++;
                for (int slot = 0; slot < orders.Length; slot++)
                {
                    attacks[slot] += orders[slot] == ProtocolCodes.Attack ? 1 : 0;
                }
            }
        }

        Assert.Equal(400, space.SlotsOf(2));
        Assert.Equal(9, space.SlotsOf(1));
        Assert.True(plans >= 100, $"{plans} lieutenant plans");
        Assert.InRange(attacks[399], 1, plans - 1);
        Assert.InRange(attacks[0], 1, plans - 1);
        Assert.All(attacks, count => Assert.InRange(count, 1, plans - 1));
    }

    [Fact]
    public void Sample_PlanOfAtMost64Slots_IsAnEnumeratedPlanWithinItsSlots()
    {
        TraitorSpace space = Explorer.Space(ExploreScenarios.Oral(7, 2, ProtocolCodes.Attack, "valid"));
        var random = new Prng(3);

        List<TraitorChoice> drawn = [.. Enumerable.Range(0, 50).SelectMany(_ => space.Sample(random))];

        Assert.All(drawn, t => Assert.True(t.Behaviour.IsPlan && t.Behaviour.PlanSeed >= 0 && t.Behaviour.PlanSeed < 1L << space.SlotsOf(t.General)));
    }

    [Fact]
    public void For_TwoTraitorsInSmOne_EveryConfigurationHasTwoTraitors()
    {
        TraitorSpace space = Explorer.Space(ExploreScenarios.SmN4M1(), traitors: 2);

        var all = space.All().ToList();

        Assert.Equal(2, space.Traitors);
        // Commander: 2^3 plans + 6 extras; lieutenant: 2^4 plans (two relays to each of two) + 6; sets {1, x} and {x, y}.
        Assert.Equal(new BigInteger((3 * 14 * 22) + (3 * 22 * 22)), space.Size);
        Assert.Equal(space.Size, new BigInteger(all.Count));
        Assert.All(all, c => Assert.Equal(2, c.Select(t => t.General).Distinct().Count()));
    }

    [Fact]
    public void For_NoTraitorCountGiven_TakesTheProtocolsM()
    {
        Assert.Equal(1, Explorer.Space(ExploreScenarios.SmN4M1()).Traitors);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void For_TraitorCountOutsideZeroToNMinusOne_IsRefused(int traitors)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Explorer.Space(ExploreScenarios.SmN4M1(), traitors));
    }
}
