using Generals.Harness.Timing;

namespace Generals.Harness.Tests.Timing;

/// <summary>Whether a world's facts honour a plan's needs, and at which scale.</summary>
public sealed class TimingFitTests
{
    private static readonly TimingNeed Restart = new(TimingNeedKind.Restart, 50, "general 2 restarts at 60 ms and instance 1 needs it at 110 ms");
    private static readonly TimingNeed Round = new(TimingNeedKind.Round, 80, "instance 1 (OM(2)) has rounds of 100 ms");

    [Fact]
    public void Refusal_ExactWorld_Null()
    {
        Assert.Null(TimingFit.Refusal([Restart, Round], WorldTiming.Exact));
    }

    [Fact]
    public void Refusal_RestartSlowerThanTheSlack_NamesTheNeedTheFactsAndTheScaleThatWouldDo()
    {
        var timing = new WorldTiming(500, 30, 1, 1, "measured at start");

        string? refusal = TimingFit.Refusal([Restart, Round], timing);

        Assert.NotNull(refusal);
        Assert.StartsWith("general 2 restarts at 60 ms and instance 1 needs it at 110 ms, and this world needs 530 ms of it, at most half of it allowed (restart 500 ms, jitter 30 ms", refusal, StringComparison.Ordinal);
        Assert.EndsWith("it would have to run 22x slower than real time", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_JitterThreeTimesOverMoreThanHalfTheRoundsSlack_RefusesTheRound()
    {
        var timing = new WorldTiming(0, 14, 1, 1, "told");

        Assert.StartsWith("instance 1 (OM(2)) has rounds of 100 ms, and this world needs 42 ms of it", TimingFit.Refusal([Round], timing), StringComparison.Ordinal);
        Assert.Null(TimingFit.Refusal([Round], timing with { JitterMs = 13 }));
    }

    [Theory]
    [InlineData(500, 30, 22)]
    [InlineData(24, 1, 1)]
    [InlineData(1000, 20, 42)]
    public void ScaleFor_SlowRestart_SmallestScaleAtWhichEveryNeedFits(long restartMs, long jitterMs, int expected)
    {
        var timing = new WorldTiming(restartMs, jitterMs, 1, 1, "measured");

        int? scale = TimingFit.ScaleFor([Restart, Round], timing);

        Assert.Equal(expected, scale);
        Assert.Null(TimingFit.Refusal([Restart, Round], timing.At(expected)));
        Assert.True(expected == 1 || TimingFit.Refusal([Restart, Round], timing.At(expected - 1)) != null);
    }

    [Fact]
    public void ScaleFor_NeedsMoreThanTheSlowestScale_NullAndTheRefusalSaysSo()
    {
        var timing = new WorldTiming(60_000, 0, 1, 1, "told");

        Assert.Null(TimingFit.ScaleFor([Restart], timing));
        Assert.EndsWith($"not even {TimeScale.Max}x slower than real time would do", TimingFit.Refusal([Restart], timing), StringComparison.Ordinal);
    }

    [Fact]
    public void PlanMs_ScaledFacts_RoundUp()
    {
        var timing = new WorldTiming(101, 9, 1, 10, "measured");

        Assert.Equal((11L, 1L), (timing.PlanRestartMs, timing.PlanJitterMs));
    }
}
