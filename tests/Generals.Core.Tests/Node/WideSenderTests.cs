using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Node;

/// <summary>A frame's sender is two bytes on the wire (v2): any id a frame can name reaches a General's reports whole, never a crash.</summary>
public class WideSenderTests
{
    [Theory]
    [InlineData(256)]
    [InlineData(4660)]
    [InlineData(FrameLimits.GeneralIdMax)]
    public void Receive_SealedFrameFromAnUnknownWideSender_RejectedAndReportedWithThatSender(int sender)
    {
        var receiver = new TestGeneral(1, [2], authenticated: true).Boot();
        var frame = new Frame(FrameKind.Data, TestGeneral.Kit, new FrameRoute(sender, 1), new FrameStamp(1, 1, 0, 0), [1, 2, 3]);

        receiver.General.Receive(new FrameMac(TestGeneral.PairKey(sender, 1)).Seal(frame), 0);
        List<TelemetryEvent> telemetry = TestGeneral.Telemetry(receiver.Drain());

        Assert.Equal(1, receiver.General.Counters.Rejections(RejectReason.BadSignature));
        Assert.Contains(telemetry.OfType<RejectedEvent>(), t => t.From == sender && t.Detail == (long)SignatureCheck.UnknownSigner);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(FrameLimits.GeneralIdMax)]
    public void Receive_RawDataFromAWideSender_DeliveredAndReportedWithThatSender(int sender)
    {
        var receiver = new TestGeneral(1, [2]).Boot();
        var frame = new Frame(FrameKind.Data, TestGeneral.Kit, new FrameRoute(sender, 1), new FrameStamp(1, 1, 0, 0), [1, 2, 3]);

        receiver.General.Receive(FrameCodec.Encode(frame), 0);

        Assert.Contains(TestGeneral.Telemetry(receiver.Drain()).OfType<AppDeliveredEvent>(), t => t.From == sender);
    }
}
