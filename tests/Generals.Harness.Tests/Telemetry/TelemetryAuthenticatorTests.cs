using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Crypto;
using Generals.Harness.History;

namespace Generals.Harness.Tests.Telemetry;

public class TelemetryAuthenticatorTests
{
    private const ulong Seed = 5;
    private readonly TelemetryAuthenticator _gate = new("lab", TelemetryKeyRing.FromSeed(Seed, 3));

    [Fact]
    public void OnEvents_GenuineEvent_IsTranslatedAndCountedAdmitted()
    {
        HistoryEvent e = _gate.OnEvents(2, Sealed(2, 1, 1, Decided(value: 1)), 10);

        Assert.Equal(HistoryType.Decide, e.Type);
        Assert.Equal((2, 1L, 10L), (e.General, e.Value, e.TimeMs));
        Assert.Equal(1, _gate.Counts()["telemetry-admitted"]);
    }

    [Theory]
    [InlineData("no-tag", "telemetry-unauthenticated")]
    [InlineData("forger-key", "telemetry-unauthenticated")]
    [InlineData("other-general-key", "telemetry-unauthenticated")]
    [InlineData("names-another-general", "telemetry-wrong-general")]
    [InlineData("unknown-event-type", "telemetry-malformed")]
    [InlineData("event-missing-a-value", "telemetry-malformed")]
    [InlineData("another-kit", "telemetry-wrong-general")]
    [InlineData("garbage", "telemetry-malformed")]
    [InlineData("control-kind", "telemetry-malformed")]
    public void OnEvents_ForgedEvent_IsADropCountedByReasonAndNeverTranslated(string forgery, string count)
    {
        var deliver = new Frame(FrameKind.Event, "lab", new FrameRoute(2, 0), new FrameStamp(1, 1, 0, 0),
            ValueRecord.Encode((int)TelemetryType.AppDelivered, [1, 777, 9, 1, 1]));
        byte[] bytes = forgery switch
        {
            "no-tag" => FrameCodec.Encode(deliver),
            "forger-key" => new FrameMac(new byte[FrameMac.KeyBytes]).Seal(deliver),
            "other-general-key" => new FrameMac(TelemetryKeyRing.DerivedKey(Seed, 3)).Seal(deliver),
            "names-another-general" => Sealed(3, 1, 1, ValueRecord.Encode((int)TelemetryType.AppDelivered, [1, 777, 9, 1, 1])),
            "another-kit" => new FrameMac(TelemetryKeyRing.DerivedKey(Seed, 2)).Seal(
                new Frame(FrameKind.Event, "lab2", new FrameRoute(2, 0), new FrameStamp(1, 1, 0, 0), deliver.Payload)),
            "garbage" => [1, 6, 0, 9],
            "unknown-event-type" => Sealed(2, 1, 1, ValueRecord.Encode(99, [1])),
            "event-missing-a-value" => Sealed(2, 1, 1, ValueRecord.Encode((int)TelemetryType.AppDelivered, [1, 777, 9, 1])),
            _ => new FrameMac(TelemetryKeyRing.DerivedKey(Seed, 2)).Seal(
                new Frame(FrameKind.Control, "lab", new FrameRoute(2, 0), new FrameStamp(1, 1, 0, 0), deliver.Payload)),
        };

        HistoryEvent e = _gate.OnEvents(2, bytes, 10);

        Assert.Equal((HistoryType.TelemetryRefused, 2, TelemetryChannel.Events), (e.Type, e.General, e.Channel));
        Assert.Equal(count, "telemetry-" + e.Reason);
        Assert.Equal(1, _gate.Counts()[count]);
        Assert.Equal(0, _gate.Counts()["telemetry-admitted"]);
    }

    [Fact]
    public void OnEvents_CounterNotAboveTheLastAdmitted_IsRefusedAsReplayed()
    {
        byte[] first = Sealed(2, 3, 5, Decided(0));
        _gate.OnEvents(2, first, 0);

        HistoryEvent again = _gate.OnEvents(2, first, 1);
        HistoryEvent older = _gate.OnEvents(2, Sealed(2, 3, 4, Decided(1)), 2);
        HistoryEvent earlierBoot = _gate.OnEvents(2, Sealed(2, 2, 900, Decided(1)), 3);

        Assert.All([again, older, earlierBoot], e => Assert.Equal((HistoryType.TelemetryRefused, "replayed"), (e.Type, e.Reason)));
        Assert.Equal(3, _gate.Count(TelemetryChannel.Events, TelemetryRefusal.Replayed));
    }

    [Fact]
    public void OnEvents_NextSequenceOrNextIncarnation_IsAdmitted()
    {
        _gate.OnEvents(2, Sealed(2, 3, 5, Decided(0)), 0);

        HistoryEvent next = _gate.OnEvents(2, Sealed(2, 3, 6, Decided(0)), 1);
        HistoryEvent reboot = _gate.OnEvents(2, Sealed(2, 4, 1, Decided(0)), 2);

        Assert.Equal([HistoryType.Decide, HistoryType.Decide], [next.Type, reboot.Type]);
    }

    [Fact]
    public void OnEvents_ForgeryClaimingTheHighestCounter_DoesNotBlockTheGeneralsNextEvent()
    {
        var forged = new Frame(FrameKind.Event, "lab", new FrameRoute(2, 0), new FrameStamp(uint.MaxValue, uint.MaxValue, 0, 0), Decided(1));
        _gate.OnEvents(2, FrameCodec.Encode(forged), 0);

        HistoryEvent genuine = _gate.OnEvents(2, Sealed(2, 1, 1, Decided(0)), 1);

        Assert.Equal(HistoryType.Decide, genuine.Type);
    }

    [Fact]
    public void OnEvents_CountersArePerGeneral()
    {
        _gate.OnEvents(1, Sealed(1, 9, 9, Decided(0)), 0);

        HistoryEvent other = _gate.OnEvents(2, Sealed(2, 1, 1, Decided(0)), 1);

        Assert.Equal(HistoryType.Decide, other.Type);
    }

    [Fact]
    public void OnStatus_GenuineOnlineThenWill_AreAdmittedAndNotRecorded()
    {
        HistoryEvent? online = _gate.OnStatus(2, Sealed(2, 1, 1, StatusPayload.Online), 0);
        HistoryEvent? will = _gate.OnStatus(2, Sealed(2, 1, 2, StatusPayload.Offline), 1);

        Assert.Null(online);
        Assert.Null(will);
        Assert.Equal(2, _gate.Counts()["status-admitted"]);
    }

    [Fact]
    public void OnStatus_BoardsWillInHex_IsAdmittedLikeTheBinaryFrameAndRefusedWhenTampered()
    {
        byte[] will = Sealed(2, 1, 2, StatusPayload.Offline);
        byte[] tampered = Sealed(2, 1, 3, StatusPayload.Offline);
        tampered[^1] ^= 1;

        HistoryEvent? admitted = _gate.OnStatus(2, System.Text.Encoding.ASCII.GetBytes(Hex.Encode(will)), 0);
        HistoryEvent? refused = _gate.OnStatus(2, System.Text.Encoding.ASCII.GetBytes(Hex.Encode(tampered)), 1);

        Assert.Null(admitted);
        Assert.Equal((HistoryType.TelemetryRefused, TelemetryChannel.Status, "unauthenticated"), (refused!.Type, refused.Channel, refused.Reason));
        Assert.Equal(1, _gate.Counts()["status-unauthenticated"]);
    }

    [Theory]
    [InlineData("bare-offline", "status-unauthenticated")]
    [InlineData("replayed-online", "status-replayed")]
    [InlineData("late-will", "status-replayed")]
    [InlineData("other-word", "status-malformed")]
    public void OnStatus_ForgedOrStale_IsRefusedAndCounted(string forgery, string count)
    {
        byte[] online1 = Sealed(2, 1, 1, StatusPayload.Online);
        byte[] will1 = Sealed(2, 1, 2, StatusPayload.Offline);
        _gate.OnStatus(2, online1, 0);
        _gate.OnStatus(2, Sealed(2, 1, 3, StatusPayload.Online), 1);
        byte[] bytes = forgery switch
        {
            "bare-offline" => FrameCodec.Encode(new Frame(FrameKind.Event, "lab", new FrameRoute(2, 0), new FrameStamp(9, 9, 0, 0), StatusPayload.Offline)),
            "replayed-online" => online1,
            "late-will" => will1,
            _ => Sealed(2, 1, 9, "gone"u8.ToArray()),
        };

        HistoryEvent? refused = _gate.OnStatus(2, bytes, 2);

        Assert.Equal((HistoryType.TelemetryRefused, TelemetryChannel.Status), (refused!.Type, refused.Channel));
        Assert.Equal(count, "status-" + refused.Reason);
        Assert.Equal(1, _gate.Counts()[count]);
    }

    [Fact]
    public void OnEvents_FailedBootAfterGoodBoots_IsAdmittedOnItsOwnCounter()
    {
        _gate.OnEvents(2, Sealed(2, 3, 40, Decided(value: 1)), 10);
        byte[] bootFailed = ValueRecord.Encode((int)TelemetryType.BootFailed, [(long)BootFailure.DamagedRecord]);

        HistoryEvent failed = _gate.OnEvents(2, Sealed(2, 0, 1, bootFailed), 20);
        HistoryEvent replayed = _gate.OnEvents(2, Sealed(2, 0, 1, bootFailed), 30);
        HistoryEvent good = _gate.OnEvents(2, Sealed(2, 3, 41, Decided(value: 1)), 40);

        Assert.Equal(HistoryType.BootFailed, failed.Type);
        Assert.Equal((HistoryType.TelemetryRefused, "replayed"), (replayed.Type, replayed.Reason));
        Assert.Equal(HistoryType.Decide, good.Type);
    }

    [Fact]
    public void OnEvents_IncarnationZeroThatIsNotABootFailure_IsRefusedAsMalformed()
    {
        HistoryEvent e = _gate.OnEvents(2, Sealed(2, 0, 1, Decided(value: 1)), 10);

        Assert.Equal((HistoryType.TelemetryRefused, "malformed"), (e.Type, e.Reason));
        Assert.Equal(1, _gate.Counts()["telemetry-malformed"]);
    }

    [Fact]
    public void OnStatus_FailedStatusOfAFailedBoot_IsAdmittedButOnlineIsNot()
    {
        Assert.Null(_gate.OnStatus(2, Sealed(2, 0, 1, StatusPayload.Failed), 10));
        Assert.NotNull(_gate.OnStatus(2, Sealed(2, 0, 3, StatusPayload.Online), 20));
        Assert.Equal(1, _gate.Counts()["status-malformed"]);
    }

    [Fact]
    public void Counts_FreshGate_NamesEveryCountWithZero()
    {
        IReadOnlyDictionary<string, long> counts = _gate.Counts();

        Assert.Equal(
            ["status-admitted", "status-malformed", "status-replayed", "status-unauthenticated", "status-wrong-general",
             "telemetry-admitted", "telemetry-malformed", "telemetry-replayed", "telemetry-unauthenticated", "telemetry-wrong-general"],
            counts.Keys.Order(StringComparer.Ordinal));
        Assert.All(counts.Values, v => Assert.Equal(0, v));
    }

    private static byte[] Decided(long value) => ValueRecord.Encode((int)TelemetryType.Decided, [1, 7, value, 1]);

    private static byte[] Sealed(int general, uint incarnation, uint sequence, byte[] payload) =>
        new FrameMac(TelemetryKeyRing.DerivedKey(Seed, general)).Seal(
            new Frame(FrameKind.Event, "lab", new FrameRoute(general, 0), new FrameStamp(incarnation, sequence, 0, 0), payload));
}
