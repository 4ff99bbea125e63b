using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Harness.Network;

/// <summary>
/// What a rogue MQTT client that got past the broker would put into a general's inbox and control topic:
/// random garbage, truncated frames, oversize payloads, and a control command with a forged signature
/// (a SendStream whose message ids start at <see cref="ForgedStreamFirstId"/>, so any effect is visible).
/// Drawn from the run's seed, the same in the simulator and on emulated generals.
/// </summary>
public static class RogueTraffic
{
    /// <summary>Message ids the forged command asks for; a general that obeyed it would report them.</summary>
    public const long ForgedStreamFirstId = 900_000_000;

    /// <summary>How far past <see cref="FrameLimits.FrameBytesMax"/> an oversize frame goes: a rogue client's publish must
    /// still fit the broker's packet limit (Emu.BrokerLimits.PacketBytesMax, 1 KiB above a frame) to reach a general.</summary>
    public const int OversizeExtraBytesMax = 512;

    /// <summary>Inbox frames for general <paramref name="target"/>: <paramref name="count"/> of each sort.</summary>
    public static List<byte[]> InboxFrames(string kit, int target, int count, Prng random)
    {
        var frames = new List<byte[]>();
        byte[] valid = FrameCodec.Encode(new Frame(FrameKind.Data, kit, new FrameRoute(target == 1 ? 2 : 1, target),
            new FrameStamp(1, 1, 0, 0), new byte[40]));
        for (int i = 0; i < count; i++)
        {
            byte[] garbage = new byte[random.NextInRange(1, 200)];
            for (int b = 0; b < garbage.Length; b++)
            {
                garbage[b] = (byte)random.NextUInt();
            }

            frames.Add(garbage);
            frames.Add(valid[..random.NextInRange(1, valid.Length - 1)]);
            byte[] oversize = new byte[FrameLimits.FrameBytesMax + 1 + random.NextInRange(0, OversizeExtraBytesMax)];
            Array.Copy(valid, oversize, valid.Length);
            frames.Add(oversize);
        }

        return frames;
    }

    /// <summary>A SendStream control frame for <paramref name="target"/> whose signature is random bytes.</summary>
    public static byte[] ForgedControl(string kit, int target, int peer, SignatureScheme scheme, int signatureBytes, uint sequence, Prng random)
    {
        var frame = new Frame(FrameKind.Control, kit, new FrameRoute(FrameLimits.HarnessId, target), new FrameStamp(1, sequence, 0, 0),
            ControlCodec.Encode(new SendStreamCommand(peer, 10, 10, ForgedStreamFirstId)));
        byte[] signature = new byte[signatureBytes];
        for (int b = 0; b < signature.Length; b++)
        {
            signature[b] = (byte)random.NextUInt();
        }

        return FrameCodec.Encode(frame.WithSignature(scheme, signature));
    }
}
