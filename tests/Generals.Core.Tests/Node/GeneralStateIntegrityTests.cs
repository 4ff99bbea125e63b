using Generals.Core.Crypto;
using Generals.Core.Detection;
using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Node;

/// <summary>
/// A General's stored state with a flipped bit, a truncated or deleted record, or a counter at its end: the boot
/// fails with a typed reason reported on telemetry, nothing is written or sent, and nothing is silently reset.
/// </summary>
public class GeneralStateIntegrityTests
{
    // General 1 with every kind of record a General keeps: incarnation, control floor, detector settings, a running
    // protocol instance (index and state), the reliable receiver's and the anti-replay window's records of peer 2.
    private static readonly Lazy<MemoryRecords> RichState = new(BuildRichState);

    public static TheoryData<string> EveryRecord() => [.. RichState.Value.Names.Order(StringComparer.Ordinal)];

    [Fact]
    public void RichState_HoldsEveryKindOfRecord()
    {
        Assert.Equal(
            ["detector", "link/replay/2", "link/rx/2", "node/control-floor", "node/incarnation", "state/2/7", "state/2/index"],
            RichState.Value.Names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EveryRecord))]
    public void Boot_BitFlippedAnywhereInAnyRecord_FailsNamingItAndWritesNothing(string record)
    {
        int length = RichState.Value.Read(record).Length;
        foreach (int offset in new[] { 0, 1, length / 2, length - 5, length - 1 }.Distinct())
        {
            foreach (int bit in new[] { 0, 5, 7 })
            {
                MemoryRecords damaged = RichState.Value.Copy();
                damaged.Read(record)[offset] ^= (byte)(1 << bit);
                var general = new TestGeneral(1, [2, 3], reliable: true, authenticated: true, records: damaged);

                general.General.Boot(damaged, 0);
                List<NodeOutput> outputs = Outputs(general.General);

                Assert.Equal(BootFailure.DamagedRecord, general.General.Failure);
                Assert.Equal(record, general.General.FailedRecord);
                AssertOnlyTheFailureReport(outputs, BootFailure.DamagedRecord, record);
            }
        }
    }

    [Fact]
    public void Boot_IncarnationRecordTruncatedToNothing_FailsInsteadOfStartingAtOne()
    {
        MemoryRecords records = RichState.Value.Copy();
        records.Write("node/incarnation", []);
        var general = new TestGeneral(1, [2, 3], reliable: true, authenticated: true, records: records);

        general.General.Boot(records, 0);

        Assert.Equal(BootFailure.DamagedRecord, general.General.Failure);
        Assert.Equal(0u, general.General.Incarnation);
        AssertOnlyTheFailureReport(Outputs(general.General), BootFailure.DamagedRecord, "node/incarnation");
    }

    [Fact]
    public void Boot_IncarnationRecordDeletedWhileOtherRecordsExist_FailsAsMissingIncarnation()
    {
        MemoryRecords records = RichState.Value.Copy();
        records.Remove("node/incarnation");
        var general = new TestGeneral(1, [2, 3], reliable: true, authenticated: true, records: records);

        general.General.Boot(records, 0);

        Assert.Equal(BootFailure.MissingIncarnation, general.General.Failure);
        AssertOnlyTheFailureReport(Outputs(general.General), BootFailure.MissingIncarnation, "node/incarnation");
    }

    [Fact]
    public void Boot_IncarnationAtItsMaximum_RefusesRatherThanWrapToZero()
    {
        var records = new MemoryRecords();
        records.Write("node/incarnation", SealedRecord.Seal("node/incarnation", [0xff, 0xff, 0xff, 0xff]));
        var general = new TestGeneral(1, [2], records: records);

        general.General.Boot(records, 0);

        Assert.Equal(BootFailure.IncarnationExhausted, general.General.Failure);
        AssertOnlyTheFailureReport(Outputs(general.General), BootFailure.IncarnationExhausted, "node/incarnation");
    }

    [Fact]
    public void Boot_IncarnationJustBelowItsMaximum_BootsAtTheMaximum()
    {
        var records = new MemoryRecords();
        records.Write("node/incarnation", SealedRecord.Seal("node/incarnation", [0xfe, 0xff, 0xff, 0xff]));

        var general = new TestGeneral(1, [2], records: records).Boot();

        Assert.Equal(BootFailure.None, general.General.Failure);
        Assert.Equal(uint.MaxValue, general.General.Incarnation);
    }

    [Fact]
    public void Inputs_AfterAFailedBoot_AreIgnoredAndNothingLeaves()
    {
        MemoryRecords records = RichState.Value.Copy();
        records.Read("link/rx/2")[3] ^= 0x10;
        var general = new TestGeneral(1, [2, 3], reliable: true, authenticated: true, records: records);
        general.General.Boot(records, 0);
        general.Drain();
        var peer = new TestGeneral(2, [1, 3], reliable: true, authenticated: true).Boot();
        peer.General.Control(peer.ControlFrame(new SendStreamCommand(1, 1, 10, 100), 1), 0);
        peer.General.Tick(0);
        byte[] data = peer.Drain().First(o => o.IsProtocolFrame).Bytes;

        general.General.Receive(data, 10);
        general.General.Control(general.ControlFrame(new SendStreamCommand(2, 5, 10, 1), 50), 10);
        general.General.Tick(5000);

        Assert.Null(general.General.TakeOutput());
        Assert.Equal(long.MaxValue, general.General.NextWakeMs);
    }

    [Fact]
    public void Boot_EveryRecordIntact_BootsWithTheNextIncarnation()
    {
        MemoryRecords records = RichState.Value.Copy();

        var general = new TestGeneral(1, [2, 3], reliable: true, authenticated: true, records: records).Boot();

        Assert.Equal(BootFailure.None, general.General.Failure);
        Assert.Equal(3u, general.General.Incarnation);
    }

    [Fact]
    public void SendFrame_FrameSequenceAtItsMaximum_RefusesEveryFrameAndSaysSoOnce()
    {
        var general = new TestGeneral(1, [2]).Boot();
        general.General.SetSequencesForTest(uint.MaxValue - 1, 100);

        general.General.Control(general.ControlFrame(new SendStreamCommand(2, 3, 10, 100), 1), 0);
        for (long t = 0; t <= 30; t += 10)
        {
            general.General.Tick(t);
        }

        List<NodeOutput> outputs = general.Drain();
        List<Frame> frames = TestGeneral.Frames(outputs);
        Assert.Equal([uint.MaxValue], frames.Select(f => f.Stamp.Sequence));
        Assert.Single(TestGeneral.Telemetry(outputs).OfType<CounterExhaustedEvent>(), t => t.Counter == ExhaustedCounter.FrameSequence);
    }

    [Fact]
    public void Report_TelemetrySequenceAtItsMaximum_LastEventSaysWhyThenSilence()
    {
        var general = new TestGeneral(1, [2]).Boot();
        general.General.SetSequencesForTest(0, uint.MaxValue - 2);

        for (uint sequence = 1; sequence <= 4; sequence++)
        {
            general.General.Control(general.ControlFrame(new ReportCountersCommand(), sequence, sign: false), 0);
        }

        List<Frame> events = general.Drain().Where(o => !o.IsProtocolFrame).Select(o =>
        {
            FrameCodec.TryDecode(o.Bytes, out Frame f);
            return f;
        }).ToList();
        Assert.Equal([uint.MaxValue - 1, uint.MaxValue], events.Select(f => f.Stamp.Sequence));
        Assert.IsType<CounterExhaustedEvent>(TelemetryCodec.TryDecode(events[^1].Payload));
    }

    private static MemoryRecords BuildRichState()
    {
        var records = new MemoryRecords();
        var peer = new TestGeneral(2, [1, 3], reliable: true, authenticated: true).Boot();
        peer.General.Control(peer.ControlFrame(new SendStreamCommand(1, 1, 10, 100), 1), 0);
        peer.General.Tick(0);
        byte[] data = peer.Drain().First(o => o.IsProtocolFrame).Bytes;
        var general = new TestGeneral(1, [2, 3], reliable: true, authenticated: true, records: records).Boot();
        general.General.Control(general.ControlFrame(new StartDetectorCommand((long)DetectorKind.FixedTimeout, 100, 300, 0), 1), 0);
        general.General.Control(general.ControlFrame(
            new StartInstanceCommand(ProtocolCodes.OralMessages, 7, 1, ProtocolCodes.Attack, 1, 100, 1000, 0), 2), 0);
        general.General.Receive(data, 0);
        general.Drain();
        new TestGeneral(1, [2, 3], reliable: true, authenticated: true, records: records).Boot();
        return records;
    }

    private static List<NodeOutput> Outputs(General general)
    {
        var outputs = new List<NodeOutput>();
        for (NodeOutput o = general.TakeOutput(); o != null; o = general.TakeOutput())
        {
            outputs.Add(o);
        }

        return outputs;
    }

    private static void AssertOnlyTheFailureReport(List<NodeOutput> outputs, BootFailure failure, string record)
    {
        NodeOutput only = Assert.Single(outputs);
        Assert.Equal(NodeOutputKind.Publish, only.Kind);
        BootFailedEvent report = Assert.IsType<BootFailedEvent>(Assert.Single(TestGeneral.Telemetry(outputs)));
        Assert.Equal(failure, report.Failure);
        Assert.Equal(record, report.Record);
        FrameCodec.TryDecode(only.Bytes, out Frame frame);
        Assert.Equal(0u, frame.Stamp.Incarnation);
    }
}
