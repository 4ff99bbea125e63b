using Generals.Core.Detection;

namespace Generals.Core.Tests.Detection;

public class AdaptiveTimeoutDetectorTests
{
    private static AdaptiveTimeoutDetector Create(long initialMs = 300, long stepMs = 100, long maxMs = 1000)
    {
        var detector = new AdaptiveTimeoutDetector(new AdaptiveTimeoutSettings(initialMs, stepMs, maxMs));
        detector.Reset(0);
        return detector;
    }

    [Fact]
    public void Heartbeat_WithinTimeout_KeepsTimeout()
    {
        AdaptiveTimeoutDetector detector = Create();

        detector.Heartbeat(300);

        Assert.Equal(300, detector.TimeoutMs);
        Assert.Equal(0, detector.FalseSuspicions);
    }

    [Fact]
    public void Heartbeat_FromSuspectedPeer_GrowsTimeoutByStep()
    {
        AdaptiveTimeoutDetector detector = Create();
        Assert.True(detector.Suspects(301));

        detector.Heartbeat(301);

        Assert.Equal(400, detector.TimeoutMs);
        Assert.Equal(1, detector.FalseSuspicions);
        Assert.False(detector.Suspects(701));
        Assert.True(detector.Suspects(702));
    }

    [Fact]
    public void Heartbeat_ManyFalseSuspicions_TimeoutStopsAtMaximum()
    {
        AdaptiveTimeoutDetector detector = Create();
        long nowMs = 0;
        for (int i = 0; i < 20; i++)
        {
            nowMs += 5000;
            detector.Heartbeat(nowMs);
        }

        Assert.Equal(1000, detector.TimeoutMs);
        Assert.Equal(20, detector.FalseSuspicions);
    }

    [Fact]
    public void Reset_NewIncarnation_KeepsLearnedTimeout()
    {
        AdaptiveTimeoutDetector detector = Create();
        detector.Heartbeat(1000);

        detector.Reset(2000);

        Assert.Equal(400, detector.TimeoutMs);
        Assert.False(detector.Suspects(2400));
        Assert.True(detector.Suspects(2401));
    }

    [Fact]
    public void NextCheckMs_WhileTrusting_FollowsGrownTimeout()
    {
        AdaptiveTimeoutDetector detector = Create();
        detector.Heartbeat(1000);

        Assert.Equal(1401, detector.NextCheckMs(1000));
    }
}
