using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.History;

namespace Generals.Harness.Tests.Runs;

public class TelemetryHistoryTests
{
    [Fact]
    public void Translate_BootFailed_IsABootFailedLineNamingTheFailureAndTheRecord()
    {
        HistoryEvent? e = TelemetryHistory.Translate(Event(3, new BootFailedEvent(BootFailure.MissingIncarnation, "node/incarnation")), 1200);

        Assert.NotNull(e);
        Assert.Equal((HistoryType.BootFailed, 3, 0L), (e.Type, e.General, e.Incarnation));
        Assert.Equal(
            """{"t":1200,"type":"boot-failed","general":3,"incarnation":0,"failure":"missing-incarnation","record":"node/incarnation"}""",
            Line(e));
    }

    [Fact]
    public void Translate_SignFailed_IsASignFailedLineWithTheErrorAndTheRemainingSignatures()
    {
        HistoryEvent? e = TelemetryHistory.Translate(Event(2, new SignFailedEvent(SignError.TreeDamaged, 0)), 5);

        Assert.Equal("""{"t":5,"type":"sign-failed","general":2,"incarnation":0,"error":"tree-damaged","remaining":0}""", Line(e!));
    }

    [Fact]
    public void Translate_CounterExhausted_NamesTheCounter()
    {
        HistoryEvent? e = TelemetryHistory.Translate(Event(2, new CounterExhaustedEvent(ExhaustedCounter.FrameSequence)), 5);

        Assert.Equal(HistoryType.CounterExhausted, e!.Type);
        Assert.Equal("""{"t":5,"type":"counter-exhausted","general":2,"incarnation":0,"counter":"frame-sequence"}""", Line(e));
    }

    [Fact]
    public void Translate_BoardBooted_CarriesTheBoardsFiguresAndNamesItsVersionResetAndSelfTest()
    {
        var booted = new BoardBootedEvent(0x010203, 12, BoardResetCause.Software, 48000, SelfTestResult.Passed, 977);

        HistoryEvent? e = TelemetryHistory.Translate(Event(4, booted), 9);

        Assert.Equal((HistoryType.BoardBooted, 4), (e!.Type, e.General));
        Assert.Equal(
            """{"t":9,"type":"board-booted","general":4,"incarnation":0,"firmware":"1.2.3","boot_count":12,"reset_cause":"software","free_memory_bytes":48000,"self_test":"passed","signatures_left":977}""",
            Line(e));
    }

    [Fact]
    public void Translate_RetreatDecision_WritesValueZero()
    {
        HistoryEvent? e = TelemetryHistory.Translate(Event(2, new DecidedEvent(2, 7, ProtocolCodesRetreat, 1)), 300);

        Assert.Equal("""{"t":300,"type":"decide","general":2,"incarnation":0,"protocol":2,"instance":7,"value":0,"round":1}""", Line(e!));
    }

    [Fact]
    public void Translate_AppDelivered_NamesTheReceiverAsGeneralAndTheSenderAsFrom()
    {
        HistoryEvent? e = TelemetryHistory.Translate(Event(3, new AppDeliveredEvent(1, 1003, 77, 5, 2)), 40);

        Assert.Equal((3, 1), (e!.General, e.From));
        Assert.Equal(
            """{"t":40,"type":"app-deliver","general":3,"incarnation":0,"from":1,"message":1003,"hash":77,"delivery":5,"sender_incarnation":2}""",
            Line(e));
    }

    [Fact]
    public void Translate_PayloadThatIsNoEvent_Null()
    {
        var frame = new Frame(FrameKind.Event, "lab", new FrameRoute(2, FrameLimits.HarnessId), new FrameStamp(1, 1, 0, 0), ValueRecord.Encode(99, [1]));

        Assert.Null(TelemetryHistory.Translate(frame, 5));
    }

    private const long ProtocolCodesRetreat = Core.Protocols.ProtocolCodes.Retreat;

    private static string Line(HistoryEvent e) => HistoryJson.ToText([e]).TrimEnd('\n');

    private static Frame Event(int from, TelemetryEvent telemetry) =>
        new(FrameKind.Event, "lab", new FrameRoute(from, FrameLimits.HarnessId), new FrameStamp(0, 1, 0, 0), TelemetryCodec.Encode(telemetry));
}
