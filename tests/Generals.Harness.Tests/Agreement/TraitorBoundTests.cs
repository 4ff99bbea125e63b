using Generals.Core.Protocols;
using Generals.Harness.Checkers;
using Generals.Harness.Explore;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Agreement;

public class TraitorBoundTests
{
    [Theory]
    [InlineData("om-n4-m1", 1, Verdict.Valid, true)]
    [InlineData("om-n3-m1", 1, Verdict.Invalid, true)]
    [InlineData("om-n4-m1", 2, Verdict.Invalid, false)]
    [InlineData("om-n4-m1", 0, Verdict.Valid, false)]
    [InlineData("om-n3-m1", 2, Verdict.Valid, false)]
    [InlineData("sm-n4-m2", 1, Verdict.Valid, false)]
    [InlineData("om-n7-m2", 3, Verdict.Invalid, false)]
    public void Bound_BuiltInWithTraitors_ExpectsWhatTheScenarioOrTheBoundsSay(string name, int traitors, Verdict expected, bool byScenario)
    {
        TraitorBound bound = Explorer.Bound(ScenarioLoader.Load(name), traitors);

        Assert.Equal((expected, byScenario), (bound.Expected, bound.ByScenario));
    }

    [Fact]
    public void Bound_SmOneWithTwoTraitors_IsInvalidForLackOfRounds()
    {
        TraitorBound bound = Explorer.Bound(ExploreScenarios.SmN4M1(), 2);

        Assert.Equal(Verdict.Invalid, bound.Expected);
        Assert.Contains("2 rounds, and 2 traitors need 3", bound.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Bound_OmThreeWithSevenGeneralsAndTwoTraitors_IsUnknownAndExitsTwo()
    {
        Scenario scenario = ExploreScenarios.Oral(7, 3, ProtocolCodes.Attack, "invalid");

        TraitorBound bound = Explorer.Bound(scenario, 2);

        Assert.Equal(Verdict.Unknown, bound.Expected);
        Assert.Equal(2, new ExploreResult(scenario, bound, 1, true, 1, 0, TimeSpan.Zero, null).ExitCode);
    }
}
