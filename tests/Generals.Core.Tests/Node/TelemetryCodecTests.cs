using CsCheck;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Node;

public class TelemetryCodecTests
{
    /// <summary>One event of every type, each field set to a distinct value.</summary>
    public static TheoryData<TelemetryEvent> OneOfEach() =>
    [
        new BootedEvent(7),
        new AppSentEvent(2, 1003, 0xBEEF),
        new AppDeliveredEvent(3, 1003, 0xBEEF, (5L << 32) | 9, 4),
        new AppAckedEvent(2, 1003),
        new DecidedEvent(2, 11, 0, 1),
        new SuspectEvent(4, 3),
        new TrustEvent(4, 5),
        new RejectedEvent(RejectReason.ProtocolViolation, -1, 12, 42),
        new KeyExhaustedEvent(31),
        new ProtocolSentEvent(3, 8, 2, 255),
        new SelfTestEvent(SelfTestItem.Verify, 9000, 256),
        new BootFailedEvent(BootFailure.DamagedRecord, "stream/0"),
        new SignFailedEvent(SignError.TreeDamaged, 12),
        new CounterExhaustedEvent(ExhaustedCounter.TelemetrySequence),
        new BoardBootedEvent(0x010203, 7, BoardResetCause.Software, -1, SelfTestResult.Passed, -1),
    ];

    [Theory]
    [MemberData(nameof(OneOfEach))]
    public void TryDecode_EncodedEvent_GivesTheSameTypeAndFields(TelemetryEvent telemetry)
    {
        TelemetryEvent? decoded = TelemetryCodec.TryDecode(TelemetryCodec.Encode(telemetry));

        Assert.NotNull(decoded);
        Assert.Equal(telemetry.GetType(), decoded.GetType());
        Assert.Equal(telemetry.ToValues(), decoded.ToValues());
    }

    [Fact]
    public void OneOfEach_CoversEveryTelemetryType()
    {
        Assert.Equal(Enum.GetValues<TelemetryType>().Order(), OneOfEach().Cast<object[]>().Select(row => ((TelemetryEvent)row[0]).Type).Order());
    }

    [Theory]
    [MemberData(nameof(OneOfEach))]
    public void TryDecode_OneValueMissingOrTooMany_Null(TelemetryEvent telemetry)
    {
        long[] values = telemetry.ToValues();

        // A failed boot's record name takes as many values as it needs: only the failure itself is required.
        long[][] wrong = telemetry is BootFailedEvent ? [[]] : [[.. values, 0], values[..^1]];

        Assert.All(wrong, v => Assert.Null(TelemetryCodec.TryDecode(ValueRecord.Encode((int)telemetry.Type, v))));
    }

    [Theory]
    [InlineData(TelemetryType.AppSent, new long[] { FrameLimits.Broadcast + 1, 1, 1 })]
    [InlineData(TelemetryType.AppDelivered, new long[] { -1, 1, 1, 1, 1 })]
    [InlineData(TelemetryType.Suspect, new long[] { 1L << 40, 1 })]
    [InlineData(TelemetryType.Rejected, new long[] { 1, -2, 0, 0 })]
    [InlineData(TelemetryType.Decided, new long[] { 2, 1, 1, 70000 })]
    public void TryDecode_IdOrRoundOutOfRange_Null(TelemetryType type, long[] values)
    {
        Assert.Null(TelemetryCodec.TryDecode(ValueRecord.Encode((int)type, values)));
    }

    [Fact]
    public void TryDecode_UnknownType_Null()
    {
        Assert.Null(TelemetryCodec.TryDecode(ValueRecord.Encode(99, [1])));
    }

    [Fact]
    public void TryDecode_AnyBytes_NeverThrows()
    {
        Gen.Byte.Array[0, 80].Sample(bytes => TelemetryCodec.TryDecode(bytes), iter: 20_000);
    }

    [Fact]
    public void BootFailed_LongRecordName_IsCutToWhatTheValuesHold()
    {
        string name = new('r', 100);

        var decoded = (BootFailedEvent)TelemetryCodec.TryDecode(TelemetryCodec.Encode(new BootFailedEvent(BootFailure.DamagedRecord, name)))!;

        Assert.Equal(new string('r', BootFailedEvent.NameValuesMax * PackedText.CharsPerValue), decoded.Record);
    }
}
