using Generals.Harness.Checkers.Detection;

namespace Generals.Harness.Tests.Detection;

public class FixedTimeoutPredictionTests
{
    [Fact]
    public void Predict_NoLossConstantDelay_PerfectWithHandComputedDetectionTimes()
    {
        // eta 1000, TO 2500, d 50: suspicion 2500 after the last arrival, the crash uniformly within an interval.
        var prediction = new FixedTimeoutPrediction(1000, 2500, 0, DelayDistribution.Constant(50));

        Assert.Equal(1550, prediction.DetectionTimeMinMs);
        Assert.Equal(2550, prediction.DetectionTimeMaxMs);
        Assert.Equal(2050, prediction.DetectionTimeMeanMs, 1);
        Assert.Equal(0, prediction.MistakeRatePerMs);
        Assert.Equal(1, prediction.QueryAccuracy, 9);
        Assert.True(prediction.NoMistakesWithoutLoss);
        Assert.True(double.IsPositiveInfinity(prediction.MistakeRecurrenceMs));
    }

    [Fact]
    public void Predict_LossConstantDelay_MatchesHandComputation()
    {
        // K = floor(2500/1000) = 2 losses in a row after a received heartbeat make a mistake:
        // lambda = 0.9 * 0.01 / 1000 per ms; T_M = (2 + 1/0.9) * 1000 - 2500; P_A = 1 - 0.01 * (0.9 * -0.5 + 1).
        var prediction = new FixedTimeoutPrediction(1000, 2500, 0.1, DelayDistribution.Constant(50));

        Assert.Equal(0.009, prediction.MistakeRatePerS, 9);
        Assert.Equal(1000 / 0.009, prediction.MistakeRecurrenceMs, 3);
        Assert.Equal(611.111, prediction.MistakeDurationMs, 0);
        Assert.Equal(0.9945, prediction.QueryAccuracy, 4);

        // Losses just before the crash make the monitor's last news older, so it suspects sooner:
        // 0.9 * 2050 + 0.09 * 1050 + 0.009 * 550^2/2000 = 1940.86 (after a third loss it suspects before the crash).
        Assert.Equal(1940.86, prediction.DetectionTimeMeanMs, 0.5);
    }

    [Theory]
    [InlineData(1000, 2500, 0.1, 50)]
    [InlineData(1000, 1700, 0.3, 20)]
    [InlineData(200, 900, 0.05, 10)]
    [InlineData(500, 700, 0.5, 100)]
    public void Predict_ConstantDelay_NumericAgreesWithClosedForm(double eta, double timeout, double loss, double delay)
    {
        var prediction = new FixedTimeoutPrediction(eta, timeout, loss, DelayDistribution.Constant(delay));

        var closed = FixedTimeoutPrediction.ConstantDelayClosedForm(eta, timeout, loss, delay);

        Assert.Equal(closed.MistakeRatePerMs, prediction.MistakeRatePerMs, 12);
        Assert.Equal(closed.QueryAccuracy, prediction.QueryAccuracy, 1e-4);
        Assert.Equal(closed.MistakeDurationMs, prediction.MistakeDurationMs, closed.MistakeDurationMs * 0.01);
        Assert.Equal(closed.DetectionTimeMeanMs, prediction.DetectionTimeMeanMs, 1.0);
    }

    [Fact]
    public void Predict_BoundedDelaysTimeoutCoversSpread_NoMistakes()
    {
        var prediction = new FixedTimeoutPrediction(1000, 1200, 0, DelayDistribution.Uniform(10, 90));

        Assert.True(prediction.NoMistakesWithoutLoss);
        Assert.Equal(0, prediction.MistakeRatePerMs, 12);
        Assert.Equal(1, prediction.QueryAccuracy, 9);
        Assert.Equal(750, prediction.DetectionTimeMeanMs, 0);
        Assert.Equal(210, prediction.DetectionTimeMinMs);
        Assert.Equal(1290, prediction.DetectionTimeMaxMs);
    }

    [Fact]
    public void Predict_DelaySpreadBeyondSlack_MistakesWithoutLossAsComputedByHand()
    {
        // Gap between arrivals = 1000 + D2 - D1 with D uniform [0, 400]; a mistake iff D2 - D1 > 200:
        // probability 1/2 (200/400)^2 = 1/8 per heartbeat; the excess over 200 has mean 200/3.
        var prediction = new FixedTimeoutPrediction(1000, 1200, 0, DelayDistribution.Uniform(0, 400));

        Assert.False(prediction.NoMistakesWithoutLoss);
        Assert.Equal(0.125, prediction.MistakeRatePerS, 4);
        Assert.Equal(200.0 / 3, prediction.MistakeDurationMs, 0);
        Assert.Equal(1 - (0.125 / 1000 * 200 / 3), prediction.QueryAccuracy, 4);
    }

    [Fact]
    public void Predict_Jitter_WidensDelaySpread()
    {
        DelayDistribution jittered = DelayDistribution.Constant(50).PlusJitter(400);
        var prediction = new FixedTimeoutPrediction(1000, 1200, 0, jittered);

        // Jitter uniform [0, 400] on a constant delay is the previous case shifted by 50 ms.
        Assert.Equal(450, jittered.MaxMs);
        Assert.Equal(250, jittered.MeanMs);
        Assert.Equal(0.125, prediction.MistakeRatePerS, 3);
    }

    [Fact]
    public void AddFigures_NoMistakes_LeavesOutInfiniteRecurrence()
    {
        var prediction = new FixedTimeoutPrediction(1000, 2500, 0, DelayDistribution.Constant(50));
        var figures = new Dictionary<string, double>();

        prediction.AddFigures(figures);

        Assert.Equal(2050, figures["predicted.T_D_ms"], 1);
        Assert.Equal(1, figures["predicted.P_A"], 9);
        Assert.False(figures.ContainsKey("predicted.T_MR_ms"));
        Assert.All(figures.Values, v => Assert.True(double.IsFinite(v)));
    }
}
