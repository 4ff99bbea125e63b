using Generals.Core.Detection;

namespace Generals.Core.Tests.Detection;

public class FixedTimeoutDetectorTests
{
    [Fact]
    public void Suspects_AtTimeoutAfterLastHeartbeat_TrustsThenSuspectsOneMsLater()
    {
        var detector = new FixedTimeoutDetector(300);
        detector.Reset(1000);
        detector.Heartbeat(1200);

        Assert.False(detector.Suspects(1500));
        Assert.True(detector.Suspects(1501));
    }

    [Fact]
    public void NextCheckMs_WhileTrusting_IsFirstSuspectingMs()
    {
        var detector = new FixedTimeoutDetector(300);
        detector.Reset(1000);

        Assert.Equal(1301, detector.NextCheckMs(1100));
    }

    [Fact]
    public void NextCheckMs_WhileSuspecting_IsNever()
    {
        var detector = new FixedTimeoutDetector(300);
        detector.Reset(0);

        Assert.Equal(long.MaxValue, detector.NextCheckMs(400));
    }

    [Fact]
    public void Heartbeat_WhileSuspecting_TrustsAgain()
    {
        var detector = new FixedTimeoutDetector(300);
        detector.Reset(0);

        detector.Heartbeat(500);

        Assert.False(detector.Suspects(500));
        Assert.Equal(500, detector.LastArrivalMs);
    }

    [Fact]
    public void Heartbeat_OlderTime_KeepsLatestArrival()
    {
        var detector = new FixedTimeoutDetector(300);
        detector.Reset(1000);

        detector.Heartbeat(900);

        Assert.Equal(1000, detector.LastArrivalMs);
    }
}
