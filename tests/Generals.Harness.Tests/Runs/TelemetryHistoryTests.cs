using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Wire;
using Generals.Harness.History;

namespace Generals.Harness.Tests.Runs;

public class TelemetryHistoryTests
{
    [Fact]
    public void Translate_BootFailed_IsABootFailedEventNamingTheFailureAndTheRecord()
    {
        long[] values = [(long)BootFailure.MissingIncarnation, .. PackedText.Pack("node/incarnation", 7)];

        HistoryEvent? e = TelemetryHistory.Translate(Event(3, TelemetryType.BootFailed, values), 1200);

        Assert.NotNull(e);
        Assert.Equal(HistoryTypes.BootFailed, e.Type);
        Assert.Equal(3, e.Node);
        Assert.Equal((long)BootFailure.MissingIncarnation, e.Value);
        Assert.Equal("MissingIncarnation node/incarnation", e.Detail);
        Assert.Equal(0, e.Incarnation);
    }

    [Fact]
    public void Translate_SignFailed_IsASignFailedEventWithTheError()
    {
        HistoryEvent? e = TelemetryHistory.Translate(Event(2, TelemetryType.SignFailed, [(long)SignError.TreeDamaged, 0]), 5);

        Assert.NotNull(e);
        Assert.Equal(HistoryTypes.SignFailed, e.Type);
        Assert.Equal("TreeDamaged", e.Detail);
    }

    [Fact]
    public void Translate_CounterExhausted_NamesTheCounter()
    {
        HistoryEvent? e = TelemetryHistory.Translate(Event(2, TelemetryType.CounterExhausted, [(long)ExhaustedCounter.FrameSequence]), 5);

        Assert.Equal(HistoryTypes.CounterExhausted, e!.Type);
        Assert.Equal("FrameSequence", e.Detail);
    }

    [Fact]
    public void Translate_BoardBooted_CarriesTheBoardsFiguresAndNamesItsVersionResetAndSelfTest()
    {
        long[] values = [0x010203, 12, (long)Core.Runtime.BoardResetCause.Software, 48000, (long)SelfTestResult.Passed, 977];

        HistoryEvent? e = TelemetryHistory.Translate(Event(4, TelemetryType.BoardBooted, values), 9);

        Assert.Equal(HistoryTypes.BoardBooted, e!.Type);
        Assert.Equal(4, e.Node);
        Assert.Equal(48000, e.Value);
        Assert.Equal(12, e.Extra);
        Assert.Equal(977, e.Sequence);
        Assert.Equal("1.2.3 Software self-test Passed", e.Detail);
    }

    private static Frame Event(int from, TelemetryType type, long[] values) =>
        (new Frame(FrameKind.Event, "lab", new FrameRoute(from, FrameLimits.HarnessId), new FrameStamp(0, 1, 0, 0),
            ValueRecord.Encode((int)type, values)));
}
