using Generals.Core.Protocols;

namespace Generals.Core.Tests.Protocols;

public class OralMessagesSpaceTests
{
    [Theory]
    [InlineData(4, 1, 9)]
    [InlineData(7, 2, 156)]
    [InlineData(3, 1, 4)]
    [InlineData(6, 2, 5 + 20 + 60)]
    [InlineData(4, 0, 3)]
    public void MessageCount_ClosedForm_MatchesHandComputedSums(int n, int m, long expected)
    {
        Assert.Equal(expected, OralMessagesSpace.MessageCount(n, m));
    }

    [Theory]
    [InlineData(4, 1, true, 8)]
    [InlineData(4, 1, false, 4)]
    [InlineData(3, 1, true, 4)]
    [InlineData(3, 1, false, 2)]
    [InlineData(6, 2, false, 1 << 16)]
    public void TraitorPlanCount_SmallInstances_IsTwoToTheSlots(int n, int m, bool commander, long expected)
    {
        Assert.Equal(expected, OralMessagesSpace.TraitorPlanCount(n, m, commander));
    }

    [Fact]
    public void MessageCount_Huge_Saturates()
    {
        Assert.Equal(long.MaxValue, OralMessagesSpace.MessageCount(200, 20));
    }
}
