using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.History;

namespace Generals.Harness.Network;

/// <summary>
/// What a rogue client that holds a general's broker password, but not its telemetry key, publishes on that general's
/// events and status topics (a `rogue-telemetry` fault), drawn from the run's seed, the same in the simulator and on
/// emulated generals. Per round: a delivery report of a message nobody sent (no tag), a decision sealed under the
/// forger's own key, a delivery report that names another general, the general's last genuine event replayed as an
/// eavesdropper captured it, a bare `offline` status, and the general's last genuine status replayed. Admitted, the
/// forged deliveries would be messages the link checkers find created; refused, they change nothing.
/// </summary>
public static class RogueTelemetry
{
    /// <summary>Message ids the forged delivery reports claim: a history holding one admitted a forgery.</summary>
    public const long ForgedMessageFirstId = 800_000_000;

    /// <summary>
    /// Rounds one fault may ask for: six frames each, so at most 600 per general, published over one MQTT connection in a
    /// moment; enough to show every refusal many times over, and a typo of `count` cannot flood the broker.
    /// </summary>
    public const int RoundsMax = 100;

    /// <summary>
    /// What the rogue publishes on <paramref name="target"/>'s topics, in order: <paramref name="count"/> rounds on the events
    /// topic, then on the status topic, each replaying what <paramref name="telemetry"/> last admitted there, if anything.
    /// </summary>
    public static List<(TelemetryChannel Channel, byte[] Frame)> Frames(string kit, int target, int count, TelemetryAuthenticator telemetry, Prng random)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, RoundsMax);
        return
        [
            .. Events(kit, target, count, telemetry.LastAdmitted(target, TelemetryChannel.Events), random).Select(f => (TelemetryChannel.Events, f)),
            .. Statuses(kit, target, count, telemetry.LastAdmitted(target, TelemetryChannel.Status)).Select(f => (TelemetryChannel.Status, f)),
        ];
    }

    private static List<byte[]> Events(string kit, int target, int count, byte[]? captured, Prng random)
    {
        int other = target == 1 ? 2 : 1;
        var frames = new List<byte[]>();
        for (int i = 0; i < count; i++)
        {
            long forgedId = ForgedMessageFirstId + i;
            frames.Add(FrameCodec.Encode(Report(kit, target, new AppDeliveredEvent(other, forgedId, random.NextUInt(), forgedId, 1), i)));
            frames.Add(new FrameMac(ForgerKey(random)).Seal(Report(kit, target, new DecidedEvent(1, random.NextUInt(), random.NextBelow(2), 1), i)));
            var elsewhere = new Frame(FrameKind.Event, kit, new FrameRoute(other, FrameLimits.HarnessId), Stamp(i),
                TelemetryCodec.Encode(new AppDeliveredEvent(target, forgedId, random.NextUInt(), forgedId, 1)));
            frames.Add(new FrameMac(ForgerKey(random)).Seal(elsewhere));
            if (captured != null)
            {
                frames.Add(captured);
            }
        }

        return frames;
    }

    private static List<byte[]> Statuses(string kit, int target, int count, byte[]? captured)
    {
        var frames = new List<byte[]>();
        for (int i = 0; i < count; i++)
        {
            frames.Add(FrameCodec.Encode(new Frame(FrameKind.Event, kit, new FrameRoute(target, FrameLimits.HarnessId), Stamp(i), StatusPayload.Offline)));
            if (captured != null)
            {
                frames.Add(captured);
            }
        }

        return frames;
    }

    // A forger claims the highest counters: had the harness moved its counter before checking the tag, every genuine
    // report after the forgery would look like a replay.
    private static FrameStamp Stamp(int round) => new(uint.MaxValue, uint.MaxValue - (uint)round, 0, 0);

    private static Frame Report(string kit, int target, TelemetryEvent telemetry, int round) =>
        new(FrameKind.Event, kit, new FrameRoute(target, FrameLimits.HarnessId), Stamp(round), TelemetryCodec.Encode(telemetry));

    private static byte[] ForgerKey(Prng random)
    {
        byte[] key = new byte[FrameMac.KeyBytes];
        for (int i = 0; i < key.Length; i++)
        {
            key[i] = (byte)random.NextUInt();
        }

        return key;
    }
}
