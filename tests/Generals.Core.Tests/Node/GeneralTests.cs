using CsCheck;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Node;

public class GeneralTests
{
    [Fact]
    public void Boot_SecondBoot_IncrementsIncarnationAndPersistsItFirst()
    {
        var records = new MemoryRecords();
        new TestGeneral(1, [2], records: records).Boot();
        var second = new TestGeneral(1, [2], records: records);

        second.General.Boot(records, 0);
        NodeOutput first = second.General.TakeOutput();

        Assert.Equal(2u, second.General.Incarnation);
        Assert.Equal(NodeOutputKind.StoreWrite, first.Kind);
        Assert.Equal("node/incarnation", first.Target);
    }

    [Fact]
    public void Control_SignedSendStream_StartsStreamAndSendsData()
    {
        var g = new TestGeneral(1, [2]).Boot();

        g.General.Control(g.ControlFrame(new SendStreamCommand(2, 3, 10, 100), 1), 0);
        g.General.Tick(0);
        List<NodeOutput> outputs = g.Drain();

        Assert.Single(TestGeneral.Frames(outputs), f => f.Kind == FrameKind.Data && f.Route.To == 2);
        Assert.Equal(10, g.General.NextWakeMs);
    }

    [Theory]
    [InlineData("unsigned")]
    [InlineData("forged")]
    [InlineData("replayed")]
    [InlineData("unknown-type")]
    public void Control_BadCommand_IsRejectedCountedAndChangesNothing(string attack)
    {
        var g = new TestGeneral(1, [2]).Boot();
        g.General.Control(g.ControlFrame(new ReportCountersCommand(), 5), 0);
        g.Drain();
        byte[] bytes = attack switch
        {
            "unsigned" => g.ControlFrame(new SendStreamCommand(2, 3, 10, 100), 6, sign: false),
            "forged" => g.ControlFrame(new SendStreamCommand(2, 3, 10, 100), 6, signer: g.Signatures.SignerFor(2)),
            "replayed" => g.ControlFrame(new SendStreamCommand(2, 3, 10, 100), 5),
            _ => g.ControlFrame(ValueRecord.Encode(99, []), 6),
        };

        g.General.Control(bytes, 0);
        g.General.Tick(0);
        List<NodeOutput> outputs = g.Drain();

        Assert.Equal(1, g.General.Counters.TotalRejections());
        Assert.Empty(TestGeneral.Frames(outputs));
        Assert.Contains(TestGeneral.Telemetry(outputs), t => t.Type == TelemetryType.Rejected);
    }

    [Fact]
    public void Receive_AnyBytes_NeverThrowsAndCountsWhatItRejects()
    {
        var g = new TestGeneral(1, [2]).Boot();

        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            long before = g.General.Counters.TotalRejections();
            g.General.Receive(bytes, 0);
            g.Drain();
            Assert.Equal(before + 1, g.General.Counters.TotalRejections());
        }, iter: 2000, threads: 1);
    }

    [Fact]
    public void Receive_AuthenticatedSpoofedSender_IsRejectedAsBadSignature()
    {
        var sender = new TestGeneral(2, [1, 3], authenticated: true).Boot();
        var receiver = new TestGeneral(1, [2, 3], authenticated: true).Boot();
        sender.General.Control(sender.ControlFrame(new SendStreamCommand(1, 1, 10, 100), 1), 0);
        sender.General.Tick(0);
        byte[] frame = sender.Drain().First(o => o.IsProtocolFrame).Bytes;
        frame[4 + 3] = 3; // claim general 3 sent it

        receiver.General.Receive(frame, 0);
        List<NodeOutput> outputs = receiver.Drain();

        Assert.Equal(1, receiver.General.Counters.Rejections(RejectReason.BadSignature));
        Assert.DoesNotContain(TestGeneral.Telemetry(outputs), t => t.Type == TelemetryType.AppDelivered);
    }

    [Fact]
    public void Receive_AuthenticatedReplayAfterReceiverReboot_IsRejected()
    {
        var sender = new TestGeneral(2, [1], authenticated: true).Boot();
        var records = new MemoryRecords();
        var receiver = new TestGeneral(1, [2], authenticated: true, records: records).Boot();
        sender.General.Control(sender.ControlFrame(new SendStreamCommand(1, 1, 10, 100), 1), 0);
        sender.General.Tick(0);
        byte[] frame = sender.Drain().First(o => o.IsProtocolFrame).Bytes;
        receiver.General.Receive(frame, 0);
        Assert.Contains(TestGeneral.Telemetry(receiver.Drain()), t => t.Type == TelemetryType.AppDelivered);

        var rebooted = new TestGeneral(1, [2], authenticated: true, records: records).Boot();
        rebooted.General.Receive(frame, 0);
        List<NodeOutput> outputs = rebooted.Drain();

        Assert.Equal(1, rebooted.General.Counters.Rejections(RejectReason.Replayed));
        Assert.DoesNotContain(TestGeneral.Telemetry(outputs), t => t.Type == TelemetryType.AppDelivered);
    }

    [Fact]
    public void Receive_ReliableDuplicateAcrossReceiverReboot_DeliversOnce()
    {
        var sender = new TestGeneral(2, [1], reliable: true).Boot();
        var records = new MemoryRecords();
        var receiver = new TestGeneral(1, [2], reliable: true, records: records).Boot();
        sender.General.Control(sender.ControlFrame(new SendStreamCommand(1, 1, 10, 100), 1), 0);
        sender.General.Tick(0);
        byte[] data = sender.Drain().First(o => o.IsProtocolFrame).Bytes;
        receiver.General.Receive(data, 0);
        receiver.General.Receive(data, 1);
        List<TelemetryEvent> first = TestGeneral.Telemetry(receiver.Drain());

        var rebooted = new TestGeneral(1, [2], reliable: true, records: records).Boot();
        rebooted.General.Receive(data, 0);
        List<TelemetryEvent> after = TestGeneral.Telemetry(rebooted.Drain());

        AppDeliveredEvent delivered = first.OfType<AppDeliveredEvent>().Single();
        Assert.Equal(100, delivered.MessageId);
        Assert.DoesNotContain(after.OfType<AppDeliveredEvent>(), t => t.DeliveryIndex != delivered.DeliveryIndex);
    }

    [Fact]
    public void Send_ReliableWithoutAck_RetransmitsWithDoublingBackoff()
    {
        var sender = new TestGeneral(2, [1], reliable: true).Boot();
        sender.General.Control(sender.ControlFrame(new SendStreamCommand(1, 1, 10, 100), 1), 0);
        sender.General.Tick(0);
        sender.Drain();
        var retransmits = new List<long>();

        for (long t = 1; t <= 2000; t++)
        {
            if (t >= sender.General.NextWakeMs)
            {
                sender.General.Tick(t);
                if (TestGeneral.Frames(sender.Drain()).Any(f => f.Kind == FrameKind.Data))
                {
                    retransmits.Add(t);
                }
            }
        }

        Assert.Equal([100, 300, 700, 1500], retransmits);
    }
}
