using CsCheck;
using Generals.Core.Detection;

namespace Generals.Core.Tests.Detection;

public class PhiAccrualDetectorTests
{
    private static PhiAccrualDetector RegularAkka(int heartbeats, out long lastMs)
    {
        var detector = new PhiAccrualDetector(PhiAccrualSettings.Akka);
        detector.Reset(0);
        lastMs = 0;
        for (int i = 0; i < heartbeats; i++)
        {
            lastMs += 1000;
            detector.Heartbeat(lastMs);
        }

        return detector;
    }

    [Fact]
    public void Akka_Preset_HasAkkaDefaults()
    {
        PhiAccrualSettings akka = PhiAccrualSettings.Akka;

        Assert.Equal(8.0, akka.Threshold);
        Assert.Equal(1000, akka.WindowSize);
        Assert.Equal(100, akka.MinStdDeviationMs);
        Assert.Equal(3000, akka.AcceptableHeartbeatPauseMs);
        Assert.Equal(1000, akka.FirstHeartbeatEstimateMs);
    }

    [Fact]
    public void Phi_AtExpectedGap_IsLog10OfTwo()
    {
        PhiAccrualDetector detector = RegularAkka(20, out long lastMs);

        // At the mean, half the mass lies beyond: phi = -log10(1/2).
        Assert.Equal(1000 + 3000, detector.ExpectedGapMs, 9);
        Assert.Equal(Math.Log10(2), detector.Phi(lastMs + 4000), 6);
    }

    [Fact]
    public void Suspects_RegularHeartbeats_CrossesThresholdAboutFiveStdDevsPastPause()
    {
        // Mean 1000 + pause 3000, std at its 100 ms floor; phi = 8 at y ~ 5.226 (logistic tail).
        PhiAccrualDetector detector = RegularAkka(20, out long lastMs);

        Assert.Equal(100, detector.StdDeviationMs);
        Assert.False(detector.Suspects(lastMs + 4522));
        Assert.True(detector.Suspects(lastMs + 4523));
    }

    [Fact]
    public void Phi_GrowsWithElapsedTime_AndNeverOverflows()
    {
        PhiAccrualDetector detector = RegularAkka(5, out long lastMs);

        double previous = double.NegativeInfinity;
        foreach (long elapsed in new long[] { 3800, 4000, 4500, 6000, 100_000, 10_000_000 })
        {
            double phi = detector.Phi(lastMs + elapsed);
            Assert.True(phi > previous, $"phi({elapsed}) = {phi} not above {previous}");
            Assert.False(double.IsNaN(phi) || double.IsInfinity(phi));
            previous = phi;
        }
    }

    [Fact]
    public void Suspects_IrregularHeartbeats_WaitsLongerThanRegular()
    {
        PhiAccrualDetector regular = RegularAkka(50, out long lastMs);
        var irregular = new PhiAccrualDetector(PhiAccrualSettings.Akka);
        irregular.Reset(0);
        long nowMs = 0;
        for (int i = 0; i < 50; i++)
        {
            nowMs += i % 2 == 0 ? 500 : 1500;
            irregular.Heartbeat(nowMs);
        }

        Assert.True(irregular.StdDeviationMs > 400);
        Assert.True(regular.Suspects(lastMs + 5000));
        Assert.False(irregular.Suspects(nowMs + 5000));
    }

    [Fact]
    public void SampleCount_ManyHeartbeats_BoundedByWindow()
    {
        PhiAccrualDetector detector = RegularAkka(5000, out _);

        Assert.Equal(1000, detector.SampleCount);
    }

    [Fact]
    public void Reset_AfterIrregularHistory_ForgetsIt()
    {
        var detector = new PhiAccrualDetector(PhiAccrualSettings.Akka.With(1000, 0));
        detector.Reset(0);
        detector.Heartbeat(10_000);

        detector.Reset(20_000);

        Assert.Equal(2, detector.SampleCount);
        Assert.Equal(1000, detector.ExpectedGapMs, 9);
        Assert.Equal(250, detector.StdDeviationMs, 9);
    }

    [Fact]
    public void NextCheckMs_AnyHistory_IsFirstSuspectingMs()
    {
        var settings = new PhiAccrualSettings(8.0, 50, 20, 200, 300);
        Gen.Int[20, 2000].Array[0, 60].Sample(intervals =>
        {
            var detector = new PhiAccrualDetector(settings);
            detector.Reset(0);
            long nowMs = 0;
            foreach (int interval in intervals)
            {
                nowMs += interval;
                detector.Heartbeat(nowMs);
            }

            long nextMs = detector.NextCheckMs(nowMs);
            Assert.True(nextMs > nowMs);
            Assert.True(detector.Suspects(nextMs), $"not suspecting at the promised {nextMs}");
            Assert.False(detector.Suspects(nextMs - 1), $"already suspecting before the promised {nextMs}");
        });
    }
}
