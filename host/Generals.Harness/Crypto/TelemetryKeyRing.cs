using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Generals.Core.Crypto;

namespace Generals.Harness.Crypto;

/// <summary>
/// The harness's copy of every general's telemetry key (docs/signatures.md): read from the harness's secrets after
/// `generals provision`, or derived from the run's seed in the simulator.
/// </summary>
public sealed class TelemetryKeyRing
{
    private readonly Dictionary<int, byte[]> _keys;

    /// <summary>A ring of the given keys (general id to a <see cref="FrameMac.KeyBytes"/>-byte key).</summary>
    public TelemetryKeyRing(IReadOnlyDictionary<int, byte[]> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach ((int id, byte[] key) in keys)
        {
            if (key.Length != FrameMac.KeyBytes)
            {
                throw new ArgumentException($"the telemetry key of general {id} is {key.Length} bytes, not {FrameMac.KeyBytes}", nameof(keys));
            }
        }

        _keys = keys.ToDictionary(kv => kv.Key, kv => (byte[])kv.Value.Clone());
    }

    /// <summary>The generals that have a key.</summary>
    public IReadOnlyCollection<int> Generals => _keys.Keys;

    /// <summary>
    /// The simulator's keys: general i's is HMAC-SHA256(key: the seed as 8 bytes little-endian, message: "gl telemetry key i"),
    /// so a seed replays the same keys and tags.
    /// </summary>
    public static TelemetryKeyRing FromSeed(ulong seed, int generals) =>
        new(Enumerable.Range(1, generals).ToDictionary(id => id, id => DerivedKey(seed, id)));

    /// <summary>General <paramref name="id"/>'s key in a simulation of <paramref name="seed"/>.</summary>
    public static byte[] DerivedKey(ulong seed, int id)
    {
        byte[] seedBytes = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(seedBytes, seed);
        return HmacSha256.Mac(seedBytes, Encoding.ASCII.GetBytes("gl telemetry key " + id.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>General <paramref name="id"/>'s key, or null when the ring has none.</summary>
    public byte[]? KeyOf(int id) => _keys.TryGetValue(id, out byte[]? key) ? (byte[])key.Clone() : null;
}
