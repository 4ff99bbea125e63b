using Generals.Core.Links;
using Generals.Core.Node;
using Generals.Core.Tests.Node;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Links;

/// <summary>Durable send keeps unacknowledged messages across a sender's restart; a stream resumes where it stopped.</summary>
public class DurableSendTests
{
    private static TestGeneral Sender(MemoryRecords records, bool durable) => new TestGeneral(2, [1], reliable: true, records: records, durable: durable).Boot();

    private static TestGeneral Receiver(MemoryRecords? records = null, bool durable = true) => new TestGeneral(1, [2], reliable: true, records: records, durable: durable).Boot();

    /// <summary>Starts a stream of <paramref name="count"/> messages (ids 100...) and ticks until all are sent; returns the Data frames.</summary>
    private static List<Frame> Stream(TestGeneral sender, int count)
    {
        sender.General.Control(sender.ControlFrame(new SendStreamCommand(1, count, 10, 100), 1), 0);
        var frames = new List<Frame>();
        for (long t = 0; t < count * 10; t += 10)
        {
            sender.General.Tick(t);
            frames.AddRange(TestGeneral.Frames(sender.Drain()).Where(f => f.Kind == FrameKind.Data));
        }

        return frames;
    }

    private static uint LinkSequence(Frame data) => Bytes.ReadUInt32(data.Payload, 0);

    private static long MessageId(Frame data) => AppMessage.Id(Bytes.Slice(data.Payload, 4, data.Payload.Length - 4));

    [Fact]
    public void Boot_DurableSenderCutBeforeAnyAck_ReportsAndResendsEveryMessageWithItsSequence()
    {
        var records = new MemoryRecords();
        Stream(Sender(records, durable: true), 3);

        var rebooted = new TestGeneral(2, [1], reliable: true, records: records, durable: true);
        rebooted.General.Boot(records, 0);
        List<NodeOutput> boot = rebooted.Drain();
        rebooted.General.Tick(0);
        List<Frame> resent = TestGeneral.Frames(rebooted.Drain()).Where(f => f.Kind == FrameKind.Data).ToList();

        Assert.Equal([100L, 101, 102], TestGeneral.Telemetry(boot).OfType<AppSentEvent>().Select(t => t.MessageId));
        Assert.Equal([1u, 2, 3], resent.Select(LinkSequence));
        Assert.Equal([100L, 101, 102], resent.Select(MessageId));
        Assert.All(resent, f => Assert.Equal(2u, f.Stamp.Incarnation));
    }

    [Fact]
    public void Boot_VolatileSenderCutBeforeAnyAck_ForgetsItsMessages()
    {
        var records = new MemoryRecords();
        Stream(Sender(records, durable: false), 3);

        var rebooted = Sender(records, durable: false);
        rebooted.General.Tick(0);

        Assert.DoesNotContain(TestGeneral.Frames(rebooted.Drain()), f => f.Kind == FrameKind.Data);
    }

    [Fact]
    public void Receive_DurableSenderResendsAfterRestart_ReceiverDeliversEachMessageOnce()
    {
        var records = new MemoryRecords();
        List<Frame> first = Stream(Sender(records, durable: true), 3);
        TestGeneral receiver = Receiver();
        foreach (Frame data in first.Take(2))
        {
            receiver.General.Receive(FrameCodec.Encode(data), 5);
        }

        var delivered = TestGeneral.Telemetry(receiver.Drain()).OfType<AppDeliveredEvent>().Select(t => t.MessageId).ToList();
        TestGeneral rebooted = Sender(records, durable: true);
        rebooted.General.Tick(0);
        foreach (Frame data in TestGeneral.Frames(rebooted.Drain()).Where(f => f.Kind == FrameKind.Data))
        {
            receiver.General.Receive(FrameCodec.Encode(data), 50);
        }

        delivered.AddRange(TestGeneral.Telemetry(receiver.Drain()).OfType<AppDeliveredEvent>().Select(t => t.MessageId));
        Assert.Equal([100L, 101, 102], delivered);
    }

    [Fact]
    public void Send_DurableWindowFull_RefusedWithQueueFull()
    {
        var sender = Sender(new MemoryRecords(), durable: true);
        sender.General.Control(sender.ControlFrame(new SendStreamCommand(1, ReliableSender.DurableWindowMax + 1, 0, 100), 1), 0);

        var outputs = new List<NodeOutput>();
        for (int tick = 0; tick < 4; tick++)
        {
            // An interval of 0 sends at most StreamModule.SendsPerTickMax a tick.
            sender.General.Tick(0);
            outputs.AddRange(sender.Drain());
        }


        Assert.Equal(ReliableSender.DurableWindowMax, TestGeneral.Telemetry(outputs).Count(t => t.Type == TelemetryType.AppSent));
        Assert.Equal(1, sender.General.Counters.Rejections(RejectReason.QueueFull));
    }

    [Fact]
    public void Boot_StreamCutMidway_ResumesWithTheNextIdAndIgnoresTheSameCommandAgain()
    {
        var records = new MemoryRecords();
        TestGeneral sender = Sender(records, durable: false);
        sender.General.Control(sender.ControlFrame(new SendStreamCommand(1, 5, 10, 100), 1), 0);
        sender.General.Tick(0);
        sender.General.Tick(10);
        sender.Drain();

        TestGeneral rebooted = Sender(records, durable: false);
        rebooted.General.Control(rebooted.ControlFrame(new SendStreamCommand(1, 5, 10, 100), 2), 0);
        var ids = new List<long>();
        for (long t = 0; t <= 100; t += 10)
        {
            rebooted.General.Tick(t);
            ids.AddRange(TestGeneral.Telemetry(rebooted.Drain()).OfType<AppSentEvent>().Select(x => x.MessageId));
        }

        Assert.Equal([102L, 103, 104], ids);
    }

    [Fact]
    public void Receive_AckShowingReceiverWaitsForOldest_ResendsStaleMessagesAtOnce()
    {
        TestGeneral sender = Sender(new MemoryRecords(), durable: false);
        Stream(sender, 3);
        var ack = new byte[8];
        Bytes.WriteUInt32(ack, 0, sender.General.Incarnation);
        Bytes.WriteUInt32(ack, 4, 0);
        byte[] frame = FrameCodec.Encode(new Frame(FrameKind.Ack, TestGeneral.Kit, new FrameRoute(1, 2), new FrameStamp(1, 1, 0, 0), ack));

        sender.General.Receive(frame, 150);
        List<Frame> resent = TestGeneral.Frames(sender.Drain()).Where(f => f.Kind == FrameKind.Data).ToList();

        Assert.Equal([1u, 2, 3], resent.Select(LinkSequence));
    }
}
