using CsCheck;
using Generals.Core.Detection;

namespace Generals.Core.Tests.Detection;

public class IntervalWindowTests
{
    [Fact]
    public void Add_BeyondCapacity_DropsOldest()
    {
        var window = new IntervalWindow(3);

        window.Add(100);
        window.Add(200);
        window.Add(300);
        window.Add(1000);

        Assert.Equal(3, window.Count);
        Assert.Equal(500.0, window.MeanMs, 9);
    }

    [Fact]
    public void VarianceMs2_ConstantIntervals_IsZero()
    {
        var window = new IntervalWindow(10);
        for (int i = 0; i < 25; i++)
        {
            window.Add(1000);
        }

        Assert.Equal(0.0, window.VarianceMs2);
    }

    [Fact]
    public void Add_OutOfRange_Clamped()
    {
        var window = new IntervalWindow(2);

        window.Add(-5);
        window.Add(1_000_000);

        Assert.Equal(IntervalWindow.IntervalMaxMs / 2.0, window.MeanMs, 9);
    }

    [Fact]
    public void MeanAndVariance_AnySequence_MatchDirectComputationOverLastCapacity()
    {
        Gen.Select(Gen.Int[2, 20], Gen.Int[0, 70000].Array[1, 200]).Sample((capacity, intervals) =>
        {
            var window = new IntervalWindow(capacity);
            foreach (int interval in intervals)
            {
                window.Add(interval);
            }

            double[] kept = intervals.Skip(Math.Max(0, intervals.Length - capacity))
                .Select(i => (double)Math.Min(i, IntervalWindow.IntervalMaxMs)).ToArray();
            double mean = kept.Average();
            double variance = kept.Select(x => (x - mean) * (x - mean)).Average();
            Assert.Equal(kept.Length, window.Count);
            Assert.Equal(mean, window.MeanMs, (mean * 1e-12) + 1e-9);
            Assert.Equal(variance, window.VarianceMs2, (variance * 1e-9) + 1e-6);
        });
    }
}
