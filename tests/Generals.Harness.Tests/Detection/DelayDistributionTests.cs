using Generals.Harness.Checkers.Detection;

namespace Generals.Harness.Tests.Detection;

public class DelayDistributionTests
{
    [Fact]
    public void Uniform_Cdf_LinearBetweenBounds()
    {
        DelayDistribution delay = DelayDistribution.Uniform(100, 300);

        Assert.Equal(0, delay.Cdf(50));
        Assert.Equal(0.25, delay.Cdf(150), 12);
        Assert.Equal(1, delay.Cdf(400));
        Assert.Equal(200, delay.MeanMs);
    }

    [Fact]
    public void Uniform_Expect_MatchesMoment()
    {
        DelayDistribution delay = DelayDistribution.Uniform(0, 300);

        // E[D^2] for uniform [0, b] is b^2 / 3.
        Assert.Equal(30_000, delay.Expect(d => d * d), 0);
    }

    [Fact]
    public void PlusJitter_Cdf_IsConvolutionOfTwoUniforms()
    {
        // Uniform [0, 100] plus uniform [0, 100]: triangular on [0, 200], P(sum <= 50) = 1/8.
        DelayDistribution delay = DelayDistribution.Uniform(0, 100).PlusJitter(100);

        Assert.Equal(0.125, delay.Cdf(50), 3);
        Assert.Equal(0.5, delay.Cdf(100), 3);
        Assert.Equal(200, delay.MaxMs);
    }

    [Fact]
    public void Constant_Expect_EvaluatesAtTheDelay()
    {
        DelayDistribution delay = DelayDistribution.Constant(42);

        Assert.Equal(42 * 2, delay.Expect(d => 2 * d));
        Assert.Same(delay, delay.PlusJitter(0));
    }
}
