using Generals.Core.Runtime;
using Generals.Harness.Network;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Nemesis;

/// <summary>The instructor's partition (`generals serve`): cut by the nemesis like a scenario's, until it is healed.</summary>
public class InstructorCutTests
{
    private static readonly byte[] Frame = Convert.FromHexString("020100036c6162010002000300000011000000000000000000050068656c6c6f");

    [Fact]
    public void Cut_TwoGroups_DropsAcrossThemAsAPartitionUntilUncut()
    {
        var nemesis = new NetworkNemesis(ScenarioLoader.Parse("name: t\ngenerals: 4\n", "test"), new Prng(1));

        nemesis.Cut([[1, 2], [3, 4]]);
        NemesisAction across = nemesis.Decide(1, 3, Frame, 10)[0];
        NemesisAction back = nemesis.Decide(4, 2, Frame, 10)[0];
        NemesisAction inside = nemesis.Decide(1, 2, Frame, 10)[0];
        nemesis.Uncut();
        NemesisAction healed = nemesis.Decide(1, 3, Frame, 20)[0];

        Assert.False(across.Deliver);
        Assert.Equal("partition", across.Reason);
        Assert.False(back.Deliver);
        Assert.True(inside.Deliver);
        Assert.True(healed.Deliver);
    }
}
