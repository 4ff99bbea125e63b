using System.Runtime.InteropServices;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Crypto;

namespace Generals.Harness.History;

/// <summary>
/// The harness's gate on what generals report (docs/signatures.md), the same in the simulator and on emulated generals:
/// a frame on a general's events or status topic reaches the history only when it is a well-formed Event frame of the
/// kit, from that general, sealed with that general's telemetry key, and its counter (incarnation, sequence) is above
/// the last one admitted on that topic. Anything else is refused with a typed reason, counted, and recorded (`telemetry-refused`),
/// so a broker password without the key cannot put words in a general's mouth. A general that refused its stored state
/// (a failed boot) has no incarnation and stamps its reports with incarnation 0: those are admitted only as what a failed
/// boot says (a BootFailed event; a `failed` or `offline` status), on a counter of their own, so they can neither lower
/// nor be hidden by the counter of the general's good boots. Thread-safe (broker threads call it).
/// </summary>
public sealed class TelemetryAuthenticator
{
    private static readonly TelemetryChannel[] Channels = [TelemetryChannel.Events, TelemetryChannel.Status];
    private static readonly TelemetryRefusal[] Refusals =
        [TelemetryRefusal.Malformed, TelemetryRefusal.WrongGeneral, TelemetryRefusal.Unauthenticated, TelemetryRefusal.Replayed];

    private readonly string _kit;
    private readonly Dictionary<int, FrameMac> _macs;
    private readonly Dictionary<(int, TelemetryChannel, bool FailedBoot), ulong> _lastCounter = [];
    private readonly Dictionary<(int, TelemetryChannel), byte[]> _lastAdmitted = [];
    private readonly Dictionary<(TelemetryChannel, TelemetryRefusal), long> _counts = [];
    private readonly Lock _lock = new();

    public TelemetryAuthenticator(string kit, TelemetryKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _kit = kit;
        _macs = keys.Generals.ToDictionary(id => id, id => new FrameMac(keys.KeyOf(id)!));
    }

    /// <summary>
    /// The history event of one frame published on general <paramref name="general"/>'s events topic: its translation
    /// when admitted, a `telemetry-refused` line naming the refusal otherwise.
    /// </summary>
    public HistoryEvent OnEvents(int general, byte[] bytes, long timeMs)
    {
        TelemetryRefusal refusal = Admit(general, TelemetryChannel.Events, bytes, out TelemetryEvent? telemetry, out uint incarnation);
        return refusal == TelemetryRefusal.None
            ? TelemetryHistory.Translate(telemetry!, general, incarnation, timeMs)
            : Drop(general, TelemetryChannel.Events, refusal, timeMs);
    }

    /// <summary>
    /// One frame published on general <paramref name="general"/>'s status topic: null when admitted (the history does not
    /// hold statuses), a `telemetry-refused` line naming the refusal otherwise.
    /// </summary>
    public HistoryEvent? OnStatus(int general, byte[] bytes, long timeMs) => OnStatus(general, bytes, timeMs, out _);

    /// <summary>As <see cref="OnStatus(int, byte[], long)"/>; <paramref name="state"/> is the admitted status's payload (online, offline, failed), else null.</summary>
    public HistoryEvent? OnStatus(int general, byte[] bytes, long timeMs, out byte[]? state)
    {
        TelemetryRefusal refusal = Admit(general, TelemetryChannel.Status, bytes, out _, out _);
        state = refusal == TelemetryRefusal.None ? AdmittedStatus(bytes) : null;
        return refusal == TelemetryRefusal.None ? null : Drop(general, TelemetryChannel.Status, refusal, timeMs);
    }

    /// <summary>
    /// Checks one frame from general <paramref name="general"/>'s <paramref name="channel"/> topic; on admission returns
    /// <see cref="TelemetryRefusal.None"/> with the event it carries (null for a status) and the incarnation it is stamped
    /// with, and raises that topic's counter; otherwise counts the refusal. The frame is read where it lies: its payload is
    /// decoded once, nothing of it is copied.
    /// </summary>
    public TelemetryRefusal Admit(int general, TelemetryChannel channel, byte[] bytes, out TelemetryEvent? telemetry, out uint incarnation)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        lock (_lock)
        {
            TelemetryRefusal refusal = Judge(general, channel, channel == TelemetryChannel.Status ? StatusFrame(bytes) : bytes, out FrameLayout layout, out telemetry);
            incarnation = layout.Incarnation;
            CountOf(channel, refusal)++;
            if (refusal == TelemetryRefusal.None)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_lastCounter, (general, channel, layout.Incarnation == 0), out _) = Counter(layout.Incarnation, layout.Sequence);
                _lastAdmitted[(general, channel)] = bytes;
            }

            return refusal;
        }
    }

    /// <summary>How many frames on <paramref name="channel"/> topics ended with <paramref name="refusal"/> (None: admitted).</summary>
    public long Count(TelemetryChannel channel, TelemetryRefusal refusal)
    {
        lock (_lock)
        {
            return _counts.GetValueOrDefault((channel, refusal));
        }
    }

    /// <summary>
    /// Every count under its results.json name, zeros included: `telemetry-admitted`, `telemetry-unauthenticated`,
    /// `status-replayed`, ... (the events topic is `telemetry`, the status topic `status`).
    /// </summary>
    public IReadOnlyDictionary<string, long> Counts()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (TelemetryChannel channel in Channels)
        {
            counts[CountName(channel, TelemetryRefusal.None)] = Count(channel, TelemetryRefusal.None);
            foreach (TelemetryRefusal refusal in Refusals)
            {
                counts[CountName(channel, refusal)] = Count(channel, refusal);
            }
        }

        return counts;
    }

    /// <summary>
    /// The last frame admitted from <paramref name="general"/> on <paramref name="channel"/>, or null: what an eavesdropper
    /// on the lab's network could have captured and replays in a `rogue-telemetry` fault.
    /// </summary>
    public byte[]? LastAdmitted(int general, TelemetryChannel channel)
    {
        lock (_lock)
        {
            return _lastAdmitted.GetValueOrDefault((general, channel));
        }
    }

    /// <summary>The results.json name of a count: `telemetry-` or `status-`, then `admitted` or the refusal in words.</summary>
    public static string CountName(TelemetryChannel channel, TelemetryRefusal refusal) => ChannelName(channel) + "-" + ReasonName(refusal);

    private static string ChannelName(TelemetryChannel channel) => channel == TelemetryChannel.Events ? "telemetry" : "status";

    private static string ReasonName(TelemetryRefusal refusal) => refusal switch
    {
        TelemetryRefusal.None => "admitted",
        TelemetryRefusal.Malformed => "malformed",
        TelemetryRefusal.WrongGeneral => "wrong-general",
        TelemetryRefusal.Unauthenticated => "unauthenticated",
        TelemetryRefusal.Replayed => "replayed",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal)),
    };

    private static ulong Counter(uint incarnation, uint sequence) => ((ulong)incarnation << 32) | sequence;

    // A status is one of the status payloads (a failed boot's only `failed` or `offline`); an event is a telemetry event
    // (a failed boot's only BootFailed), decoded here once and handed back in telemetry.
    private static bool WellFormed(TelemetryChannel channel, ReadOnlySpan<byte> payload, byte[] bytes, FrameLayout layout, out TelemetryEvent? telemetry)
    {
        bool failedBoot = layout.Incarnation == 0;
        telemetry = null;
        if (channel == TelemetryChannel.Status)
        {
            bool failed = payload.SequenceEqual(StatusPayload.Failed);
            bool offline = payload.SequenceEqual(StatusPayload.Offline);
            return failedBoot ? failed || offline : failed || offline || payload.SequenceEqual(StatusPayload.Online);
        }

        telemetry = TelemetryCodec.TryDecode(bytes, layout.PayloadOffset, layout.PayloadLength);
        return telemetry != null && (!failedBoot || telemetry is BootFailedEvent);
    }

    private ref long CountOf(TelemetryChannel channel, TelemetryRefusal refusal) =>
        ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, (channel, refusal), out _);

    // A board's MQTT client (nanoFramework.M2Mqtt) takes its will as text, so a board's `offline` will arrives as its sealed frame
    // in lower-case hex (firmware/README.md); a binary frame starts with its version byte 1, never an ASCII hex digit.
    private static byte[] StatusFrame(byte[] bytes) =>
        bytes.Length > 1 && bytes.Length % 2 == 0 && bytes.All(b => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f')
            ? Hex.TryDecode(System.Text.Encoding.ASCII.GetString(bytes)) ?? bytes
            : bytes;

    private TelemetryRefusal Judge(int general, TelemetryChannel channel, byte[] bytes, out FrameLayout layout, out TelemetryEvent? telemetry)
    {
        telemetry = null;
        if (FrameCodec.TryRead(bytes, 0, bytes.Length, out layout) != FrameRejection.None || layout.Kind != FrameKind.Event
            || !WellFormed(channel, bytes.AsSpan(layout.PayloadOffset, layout.PayloadLength), bytes, layout, out TelemetryEvent? decoded))
        {
            return TelemetryRefusal.Malformed;
        }

        if (!FrameCodec.HasKit(bytes, layout, _kit) || layout.From != general || layout.To != FrameLimits.HarnessId)
        {
            return TelemetryRefusal.WrongGeneral;
        }

        if (!_macs.TryGetValue(general, out FrameMac? mac) || !mac.Verifies(bytes, 0, layout))
        {
            return TelemetryRefusal.Unauthenticated;
        }

        if (_lastCounter.TryGetValue((general, channel, layout.Incarnation == 0), out ulong last) && Counter(layout.Incarnation, layout.Sequence) <= last)
        {
            return TelemetryRefusal.Replayed;
        }

        telemetry = decoded;
        return TelemetryRefusal.None;
    }

    // An admitted status's payload (online, offline, failed), read again: statuses are rare, the admission path stays copy-free.
    private static byte[] AdmittedStatus(byte[] bytes)
    {
        byte[] frame = StatusFrame(bytes);
        FrameCodec.TryRead(frame, 0, frame.Length, out FrameLayout layout);
        return frame.AsSpan(layout.PayloadOffset, layout.PayloadLength).ToArray();
    }

    private static HistoryEvent Drop(int general, TelemetryChannel channel, TelemetryRefusal refusal, long timeMs) => new()
    {
        TimeMs = timeMs, Type = HistoryType.TelemetryRefused, General = general, Channel = channel, Reason = ReasonName(refusal),
    };
}
