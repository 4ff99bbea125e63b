using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Generals.Core.Crypto;

namespace Generals.Harness.Crypto;

/// <summary>
/// The simulator's per-pair link keys (docs/signatures.md), derived from the run's seed as the telemetry keys are: the key
/// generals a and b share is HMAC-SHA256(key: the seed as 8 bytes little-endian, message: "gl link key {lower id} {higher id}"),
/// so both ends derive the same key and a seed replays the same tags.
/// </summary>
public static class DerivedLinkKeys
{
    /// <summary>The key generals <paramref name="a"/> and <paramref name="b"/> share in a simulation of <paramref name="seed"/>.</summary>
    public static byte[] PairKey(ulong seed, int a, int b)
    {
        byte[] seedBytes = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(seedBytes, seed);
        string pair = Math.Min(a, b).ToString(CultureInfo.InvariantCulture) + " " + Math.Max(a, b).ToString(CultureInfo.InvariantCulture);
        return HmacSha256.Mac(seedBytes, Encoding.ASCII.GetBytes("gl link key " + pair));
    }

    /// <summary>
    /// General <paramref name="id"/>'s keys with every other general of a kit of <paramref name="generals"/> (ids 1 to
    /// <paramref name="generals"/>), each derived when its link is first used.
    /// </summary>
    public static LinkKeys For(ulong seed, int id, int generals) => new(new Source(seed, id, generals));

    /// <summary>The same keys set at once, each seal made now: as a board holds them (the cost meter measures a board).</summary>
    public static LinkKeys SetUpFront(ulong seed, int id, int generals)
    {
        var keys = new LinkKeys();
        for (int peer = 1; peer <= generals; peer++)
        {
            if (peer != id)
            {
                keys.Set(peer, PairKey(seed, id, peer));
            }
        }

        return keys;
    }

    private sealed class Source(ulong seed, int id, int generals) : ILinkKeySource
    {
        public byte[]? KeyFor(int peer) => Covers(peer) ? PairKey(seed, id, peer) : null;

        public bool Covers(int peer) => peer >= 1 && peer <= generals && peer != id;
    }
}
