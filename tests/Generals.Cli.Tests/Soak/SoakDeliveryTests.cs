using Generals.Bench.Soak;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Wire;
using Generals.Harness.Crypto;

namespace Generals.Cli.Tests.Soak;

/// <summary>The soak's acknowledged-message check over the captured telemetry of every run, whatever became of each harness.</summary>
public sealed class SoakDeliveryTests
{
    private static readonly byte[] Key1 = Enumerable.Repeat((byte)1, FrameMac.KeyBytes).ToArray();
    private static readonly byte[] Key2 = Enumerable.Repeat((byte)2, FrameMac.KeyBytes).ToArray();

    [Fact]
    public void Finish_AcknowledgedAndNeverDelivered_Lost()
    {
        var counts = new SoakCounts();
        SoakDelivery delivery = Delivery(counts);

        delivery.Add(Event(1, Key1, 1, TelemetryType.AppSent, [2, 7, 99]));
        delivery.Add(Event(1, Key1, 2, TelemetryType.AppAcked, [2, 7]));
        List<string> lost = delivery.Finish();

        Assert.Equal(["message 7 from general 1 to 2 was acknowledged and never delivered"], lost);
        Assert.Equal(1, counts["messages/acknowledged-lost"]);
    }

    [Fact]
    public void Finish_DeliveredInALaterRun_NotLost()
    {
        var counts = new SoakCounts();
        SoakDelivery delivery = Delivery(counts);

        delivery.Add(Event(1, Key1, 1, TelemetryType.AppSent, [2, 7, 99]));
        delivery.Add(Event(1, Key1, 2, TelemetryType.AppAcked, [2, 7]));
        delivery.Add(Event(2, Key2, 1, TelemetryType.AppDelivered, [1, 7, 99, 1, 1], incarnation: 3));

        Assert.Empty(delivery.Finish());
        Assert.Equal(1, counts["messages/delivered"]);
    }

    [Fact]
    public void Finish_DeliveryReportForgedWithoutTheTelemetryKey_RefusedAndTheMessageStillLost()
    {
        var counts = new SoakCounts();
        SoakDelivery delivery = Delivery(counts);

        delivery.Add(Event(1, Key1, 1, TelemetryType.AppAcked, [2, 7]));
        delivery.Add(Event(2, Key1, 1, TelemetryType.AppDelivered, [1, 7, 99, 1, 1]));

        Assert.Single(delivery.Finish());
        Assert.Equal(1, counts["telemetry/telemetry-unauthenticated"]);
    }

    private static SoakDelivery Delivery(SoakCounts counts) =>
        new(new TelemetryKeyRing(new Dictionary<int, byte[]> { [1] = Key1, [2] = Key2 }), counts);

    private static CapturedFrame Event(int general, byte[] key, uint sequence, TelemetryType type, long[] values, uint incarnation = 1)
    {
        var frame = new Frame(FrameKind.Event, SoakKit.Id, new FrameRoute(general, 0), new FrameStamp(incarnation, sequence, 0, 0), ValueRecord.Encode((int)type, values));
        return new CapturedFrame(CaptureChannel.Events, general, 0, new FrameMac(key).Seal(frame));
    }
}
